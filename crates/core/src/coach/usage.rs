//! "Use of the tool", as the pilots evaluated it: per island, how many of the coach's youngsters
//! shared it as done, and the average of their answers to "did this help you get to know
//! yourself better?" (1–7).

use crate::journey::IslandId;

/// One island as one youngster shared it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SharedIsland {
    pub island: IslandId,
    pub done: bool,
    /// 1–7; anything else is not counted.
    pub evaluation: Option<u8>,
}

/// One island over all the coach's youngsters.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct IslandUsage {
    pub island: IslandId,
    /// Youngsters who shared the island as done.
    pub done: usize,
    /// Youngsters who shared an answer to the 1–7 question.
    pub answers: usize,
    /// The average of those answers in tenths (53 is 5.3), rounded half up; `None` without any.
    pub average_tenths: Option<u32>,
}

impl IslandUsage {
    /// The average as "5,3" or "5.3" (the decimal sign of the language shown).
    pub fn average_text(&self, decimal_sign: char) -> Option<String> {
        self.average_tenths
            .map(|t| format!("{}{decimal_sign}{}", t / 10, t % 10))
    }
}

/// Every island, in map order, over `youngsters` (each the islands one youngster shared; an island
/// listed twice for one youngster counts once).
pub fn usage<'a>(youngsters: impl IntoIterator<Item = &'a [SharedIsland]>) -> Vec<IslandUsage> {
    let mut totals = IslandId::ALL.map(|island| (island, 0usize, 0usize, 0u32));
    for shared in youngsters {
        for (island, done, answers, sum) in &mut totals {
            let mine = shared.iter().filter(|s| s.island == *island);
            if mine.clone().any(|s| s.done) {
                *done += 1;
            }
            if let Some(value) = mine
                .filter_map(|s| s.evaluation)
                .find(|v| (1..=7).contains(v))
            {
                *answers += 1;
                *sum += u32::from(value);
            }
        }
    }
    totals
        .into_iter()
        .map(|(island, done, answers, sum)| IslandUsage {
            island,
            done,
            answers,
            // Tenths, rounded half up: (10·sum + answers/2) / answers, in whole numbers.
            average_tenths: (answers > 0)
                .then(|| (20 * sum + answers as u32) / (2 * answers as u32)),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn island(island: IslandId, done: bool, evaluation: Option<u8>) -> SharedIsland {
        SharedIsland {
            island,
            done,
            evaluation,
        }
    }

    fn of(usage: &[IslandUsage], island: IslandId) -> IslandUsage {
        *usage.iter().find(|u| u.island == island).unwrap()
    }

    #[test]
    fn no_youngsters_gives_every_island_with_nothing() {
        let usage = usage(Vec::<&[SharedIsland]>::new());
        assert_eq!(
            usage.iter().map(|u| u.island).collect::<Vec<_>>(),
            IslandId::ALL
        );
        assert!(
            usage
                .iter()
                .all(|u| u.done == 0 && u.answers == 0 && u.average_tenths.is_none())
        );
    }

    #[test]
    fn an_island_counts_the_youngsters_who_shared_it_as_done() {
        let first = [
            island(IslandId::Werk, true, Some(6)),
            island(IslandId::Wonen, false, None),
        ];
        let second = [island(IslandId::Werk, true, Some(3))];
        let third = [
            island(IslandId::Werk, false, None),
            island(IslandId::Wonen, true, None),
        ];
        let usage = usage([&first[..], &second, &third]);
        assert_eq!(of(&usage, IslandId::Werk).done, 2);
        assert_eq!(of(&usage, IslandId::Wonen).done, 1);
        assert_eq!(of(&usage, IslandId::Leren).done, 0);
    }

    #[test]
    fn the_average_is_over_the_youngsters_who_answered_in_tenths_rounded_half_up() {
        // 6 and 3: 4.5. 7, 6 and 6: 6.333… → 6.3. 5 and 6 and 6: 5.666… → 5.7.
        let a = [
            island(IslandId::Werk, true, Some(6)),
            island(IslandId::Leren, true, Some(7)),
            island(IslandId::Wonen, true, Some(5)),
        ];
        let b = [
            island(IslandId::Werk, true, Some(3)),
            island(IslandId::Leren, true, Some(6)),
            island(IslandId::Wonen, true, Some(6)),
        ];
        let c = [
            island(IslandId::Werk, true, None),
            island(IslandId::Leren, true, Some(6)),
            island(IslandId::Wonen, true, Some(6)),
        ];
        let usage = usage([&a[..], &b, &c]);
        let werk = of(&usage, IslandId::Werk);
        assert_eq!(
            (werk.done, werk.answers, werk.average_tenths),
            (3, 2, Some(45))
        );
        assert_eq!(of(&usage, IslandId::Leren).average_tenths, Some(63));
        assert_eq!(of(&usage, IslandId::Wonen).average_tenths, Some(57));
    }

    #[test]
    fn an_answer_outside_one_to_seven_is_not_counted() {
        let a = [island(IslandId::Werk, true, Some(0))];
        let b = [island(IslandId::Werk, true, Some(9))];
        let c = [island(IslandId::Werk, true, Some(4))];
        let werk = of(&usage([&a[..], &b, &c]), IslandId::Werk);
        assert_eq!((werk.answers, werk.average_tenths), (1, Some(40)));
    }

    #[test]
    fn an_island_listed_twice_for_one_youngster_counts_once() {
        let twice = [
            island(IslandId::Werk, true, Some(7)),
            island(IslandId::Werk, true, Some(1)),
        ];
        let werk = of(&usage([&twice[..]]), IslandId::Werk);
        assert_eq!(
            (werk.done, werk.answers, werk.average_tenths),
            (1, 1, Some(70))
        );
    }

    #[test]
    fn the_average_is_written_with_the_languages_decimal_sign() {
        let werk = IslandUsage {
            island: IslandId::Werk,
            done: 2,
            answers: 2,
            average_tenths: Some(45),
        };
        assert_eq!(werk.average_text(',').as_deref(), Some("4,5"));
        assert_eq!(werk.average_text('.').as_deref(), Some("4.5"));
        let none = IslandUsage {
            average_tenths: None,
            ..werk
        };
        assert_eq!(none.average_text(','), None);
    }
}
