//! What matters most: the youngster's own top three ("Wat is nu het belangrijkste voor jou?"),
//! picked from their wants across the islands, the stars that put a want first on its island, and
//! the three suggestions shown until they pick.

use serde::{Deserialize, Serialize};

use super::content::{IslandId, Pack};
use super::overview::{IslandOverview, Want, wants_of};
use super::state::Journey;

/// The top three holds at most this many wants.
pub const TOP_THREE: usize = 3;
/// An island's block shows this many wants, so more stars than this would not show.
pub const STARS_PER_ISLAND: usize = 3;

/// One want: a choice or card of a question that feeds "what I want", or the youngster's own
/// words on a text question (`choice` is then `None`). Stays valid as long as that answer does.
#[derive(Clone, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct WantRef {
    pub exercise: String,
    pub question: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub choice: Option<String>,
}

impl WantRef {
    pub fn new(exercise: &str, question: &str, choice: Option<&str>) -> WantRef {
        WantRef {
            exercise: exercise.to_owned(),
            question: question.to_owned(),
            choice: choice.map(str::to_owned),
        }
    }
}

/// Why a pick or a star was refused; the journey is then left as it was.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PickError {
    #[error("{0:?} is not among the wants given")]
    NotAWant(WantRef),
    #[error("already {0} picked; take one away first")]
    Full(usize),
}

impl Journey {
    /// Puts a want in the top three, or takes it out again; returns whether it is in now.
    /// Picks whose answer was changed since are dropped first, so they never block a new one.
    pub fn toggle_top(&mut self, pack: &Pack, want: &WantRef) -> Result<bool, PickError> {
        let wants = self.checked_wants(pack, want)?;
        self.top_three.retain(|w| wants.iter().any(|(_, r)| r == w));
        if let Some(at) = self.top_three.iter().position(|w| w == want) {
            self.top_three.remove(at);
            return Ok(false);
        }
        if self.top_three.len() >= TOP_THREE {
            return Err(PickError::Full(TOP_THREE));
        }
        self.top_three.push(want.clone());
        Ok(true)
    }

    /// Stars a want, or takes the star away; returns whether it is starred now.
    pub fn toggle_star(&mut self, pack: &Pack, want: &WantRef) -> Result<bool, PickError> {
        let wants = self.checked_wants(pack, want)?;
        self.starred.retain(|w| wants.iter().any(|(_, r)| r == w));
        if self.starred.remove(want) {
            return Ok(false);
        }
        let island = wants.iter().find(|(_, r)| r == want).map(|(i, _)| *i);
        let on_island = wants
            .iter()
            .filter(|(i, r)| Some(*i) == island && self.starred.contains(r))
            .count();
        if on_island >= STARS_PER_ISLAND {
            return Err(PickError::Full(STARS_PER_ISLAND));
        }
        self.starred.insert(want.clone());
        Ok(true)
    }

    fn checked_wants(
        &self,
        pack: &Pack,
        want: &WantRef,
    ) -> Result<Vec<(IslandId, WantRef)>, PickError> {
        let wants: Vec<(IslandId, WantRef)> = wants_of(pack, self)
            .into_iter()
            .map(|(island, key, _)| (island, key))
            .collect();
        if wants.iter().any(|(_, r)| r == want) {
            Ok(wants)
        } else {
            Err(PickError::NotAWant(want.clone()))
        }
    }
}

/// Three wants to start from, until the youngster picks their own: from the islands where the
/// gap between now and later is largest (islands without both scores come last, in map order),
/// one want an island at a time, each island's first (starred) want first.
pub(crate) fn suggest(islands: &[IslandOverview]) -> Vec<&Want> {
    let mut order: Vec<&IslandOverview> = islands.iter().filter(|i| !i.wants.is_empty()).collect();
    // Stable: equal gaps keep the map order.
    order.sort_by_key(|i| std::cmp::Reverse(i.gap().map_or(-1, i16::from)));
    let rounds = order.iter().map(|i| i.wants.len()).max().unwrap_or(0);
    (0..rounds)
        .flat_map(|round| order.iter().filter_map(move |i| i.wants.get(round)))
        .take(TOP_THREE)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::answers::Answer;
    use super::super::overview::build_overview;
    use super::super::testing::sample_pack;
    use super::*;
    use chrono::NaiveDate;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, 1).unwrap()
    }

    /// Wonen: now 2, later 9 (gap 7), wants "Leren koken", "Een eigen plek", "Een tuin".
    /// Werk: no scores, wants "Zorg en welzijn", "ICT" (content order).
    fn journey() -> (Pack, Journey) {
        let pack = sample_pack();
        let mut j = Journey::default();
        let mut answer = |e: &str, q: &str, a: Answer| {
            j.answer(&pack, e, q, a, today()).unwrap();
        };
        answer("wonen_nu", "q_nu", Answer::Scale { value: 2 });
        answer("wonen_extra", "q_later", Answer::Scale { value: 9 });
        answer(
            "wonen_nu",
            "q_belangrijk",
            Answer::CardSort {
                important: vec!["koken".into(), "eigen_plek".into()],
                not_now: vec![],
            },
        );
        answer(
            "wonen_nu",
            "q_droom",
            Answer::Text {
                text: "Een tuin".into(),
            },
        );
        answer(
            "werk_droom",
            "q_sector",
            Answer::MultipleChoice {
                choices: vec!["ict".into(), "zorg".into()],
                other_text: None,
            },
        );
        (pack, j)
    }

    fn koken() -> WantRef {
        WantRef::new("wonen_nu", "q_belangrijk", Some("koken"))
    }
    fn tuin() -> WantRef {
        WantRef::new("wonen_nu", "q_droom", None)
    }
    fn ict() -> WantRef {
        WantRef::new("werk_droom", "q_sector", Some("ict"))
    }
    fn zorg() -> WantRef {
        WantRef::new("werk_droom", "q_sector", Some("zorg"))
    }

    fn top_texts(pack: &Pack, journey: &Journey) -> (Vec<String>, bool) {
        let top = build_overview(pack, journey).top_three;
        (
            top.items.into_iter().map(|i| i.want.text).collect(),
            top.suggested,
        )
    }

    #[test]
    fn before_a_choice_three_suggestions_take_one_want_an_island_at_a_time() {
        let (pack, journey) = journey();
        assert_eq!(
            top_texts(&pack, &journey),
            (
                vec![
                    "Leren koken".into(),
                    "Zorg en welzijn".into(),
                    "Een eigen plek".into()
                ],
                true
            )
        );
    }

    fn suggested(islands: &[IslandOverview]) -> Vec<&str> {
        suggest(islands)
            .into_iter()
            .map(|w| w.text.as_str())
            .collect()
    }

    #[test]
    fn the_island_with_the_largest_gap_between_now_and_later_comes_first() {
        let (pack, journey) = journey();
        let mut islands = build_overview(&pack, &journey).islands;
        // Wonen goes from 2 to 9 (gap 7); Werk from 1 to 9 (gap 8).
        (islands[1].now, islands[1].wanted) = (Some(1), Some(9));
        assert_eq!(
            suggested(&islands),
            ["Zorg en welzijn", "Leren koken", "ICT"]
        );
    }

    #[test]
    fn islands_without_both_scores_are_suggested_last() {
        let (pack, journey) = journey();
        let mut islands = build_overview(&pack, &journey).islands;
        (islands[1].now, islands[1].wanted) = (Some(5), Some(5));
        islands[0].wanted = None;
        assert_eq!(
            suggested(&islands),
            ["Zorg en welzijn", "Leren koken", "ICT"]
        );
    }

    #[test]
    fn no_wants_means_no_suggestions() {
        let pack = sample_pack();
        let top = build_overview(&pack, &Journey::default()).top_three;
        assert!(top.items.is_empty());
    }

    #[test]
    fn a_picked_top_three_replaces_the_suggestions_in_the_order_picked() {
        let (pack, mut journey) = journey();
        assert_eq!(journey.toggle_top(&pack, &zorg()), Ok(true));
        assert_eq!(journey.toggle_top(&pack, &tuin()), Ok(true));
        assert_eq!(
            top_texts(&pack, &journey),
            (vec!["Zorg en welzijn".into(), "Een tuin".into()], false)
        );
    }

    #[test]
    fn a_fourth_pick_is_refused_until_one_is_taken_away() {
        let (pack, mut journey) = journey();
        for want in [koken(), tuin(), ict()] {
            journey.toggle_top(&pack, &want).unwrap();
        }
        assert_eq!(journey.toggle_top(&pack, &zorg()), Err(PickError::Full(3)));
        assert_eq!(journey.toggle_top(&pack, &tuin()), Ok(false));
        assert_eq!(journey.toggle_top(&pack, &zorg()), Ok(true));
        assert_eq!(journey.top_three, [koken(), ict(), zorg()]);
    }

    #[test]
    fn something_that_is_not_a_given_want_cannot_be_picked_or_starred() {
        let (pack, mut journey) = journey();
        // "sparen" is a card, but it went to "not now".
        let sparen = WantRef::new("wonen_nu", "q_belangrijk", Some("sparen"));
        assert_eq!(
            journey.toggle_top(&pack, &sparen),
            Err(PickError::NotAWant(sparen.clone()))
        );
        assert_eq!(
            journey.toggle_star(&pack, &sparen),
            Err(PickError::NotAWant(sparen))
        );
        assert!(journey.top_three.is_empty() && journey.starred.is_empty());
    }

    #[test]
    fn a_pick_whose_answer_changed_drops_out_and_frees_its_place() {
        let (pack, mut journey) = journey();
        for want in [koken(), tuin(), ict()] {
            journey.toggle_top(&pack, &want).unwrap();
        }
        journey
            .answer(
                &pack,
                "werk_droom",
                "q_sector",
                Answer::MultipleChoice {
                    choices: vec!["zorg".into()],
                    other_text: None,
                },
                today(),
            )
            .unwrap();
        assert_eq!(
            top_texts(&pack, &journey).0,
            ["Leren koken", "Een tuin"],
            "ICT is no longer a want"
        );
        assert_eq!(journey.toggle_top(&pack, &zorg()), Ok(true));
        assert_eq!(journey.top_three, [koken(), tuin(), zorg()]);
    }

    #[test]
    fn a_star_puts_a_want_first_on_its_island_and_can_be_taken_away() {
        let (pack, mut journey) = journey();
        assert_eq!(journey.toggle_star(&pack, &tuin()), Ok(true));
        let overview = build_overview(&pack, &journey);
        let wonen: Vec<_> = overview.islands[0]
            .wants
            .iter()
            .map(|w| (w.text.as_str(), w.starred))
            .collect();
        assert_eq!(
            wonen,
            [
                ("Een tuin", true),
                ("Leren koken", false),
                ("Een eigen plek", false)
            ]
        );
        assert_eq!(journey.toggle_star(&pack, &tuin()), Ok(false));
        assert!(journey.starred.is_empty());
    }

    #[test]
    fn an_island_takes_at_most_three_stars() {
        let (pack, mut journey) = journey();
        journey
            .answer(
                &pack,
                "wonen_extra",
                "q_plek",
                Answer::SingleChoice {
                    choice: "samen".into(),
                    other_text: None,
                },
                today(),
            )
            .unwrap();
        let eigen_plek = WantRef::new("wonen_nu", "q_belangrijk", Some("eigen_plek"));
        let samen = WantRef::new("wonen_extra", "q_plek", Some("samen"));
        for want in [koken(), tuin(), eigen_plek] {
            assert_eq!(journey.toggle_star(&pack, &want), Ok(true));
        }
        assert_eq!(journey.toggle_star(&pack, &samen), Err(PickError::Full(3)));
        // Another island has its own three.
        assert_eq!(journey.toggle_star(&pack, &ict()), Ok(true));
        assert_eq!(journey.toggle_star(&pack, &koken()), Ok(false));
        assert_eq!(journey.toggle_star(&pack, &samen), Ok(true));
    }

    #[test]
    fn a_starred_want_is_suggested_first_for_its_island() {
        let (pack, mut journey) = journey();
        journey.toggle_star(&pack, &ict()).unwrap();
        assert_eq!(
            top_texts(&pack, &journey).0,
            ["Leren koken", "ICT", "Een eigen plek"]
        );
    }

    #[test]
    fn picks_and_stars_survive_a_json_round_trip_and_are_left_out_when_empty() {
        let (pack, mut journey) = journey();
        assert!(
            !serde_json::to_string(&journey)
                .unwrap()
                .contains("top_three")
        );
        journey.toggle_top(&pack, &tuin()).unwrap();
        journey.toggle_star(&pack, &ict()).unwrap();
        let json = serde_json::to_string(&journey).unwrap();
        assert!(
            json.contains(r#""top_three":[{"exercise":"wonen_nu","question":"q_droom"}]"#),
            "{json}"
        );
        assert_eq!(serde_json::from_str::<Journey>(&json).unwrap(), journey);
    }
}
