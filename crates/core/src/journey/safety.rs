//! When the help lines show ("Hulp nodig? Praat er nu over"): always on the islands where
//! things can be hard to talk about (housing, relationships, health), and on any island right
//! after an answer that says things are very bad: the saddest face, a score of 0 to 2 for how
//! things are now, or a choice the pack marks as a worry ("geen vaste plek").

use super::answers::Answer;
use super::content::{Feed, IslandId, Question};

/// The islands that always show the help lines, under their exercises.
pub const HELP_ISLANDS: [IslandId; 3] = [IslandId::Wonen, IslandId::Relaties, IslandId::Gezondheid];

/// A score this low or lower (out of 10) for how things are says they are very bad.
pub const LOWEST_SCORES: u8 = 2;

pub fn shows_help_on(island: IslandId) -> bool {
    HELP_ISLANDS.contains(&island)
}

/// Whether `answer` to `question` says things are very bad. A wish for later ("where do you
/// want to be") is no alarm, however low.
pub fn calls_for_help(question: &Question, answer: &Answer) -> bool {
    let worry = |id: &str| {
        question
            .input
            .choices()
            .iter()
            .any(|choice| choice.worry && choice.id == id)
    };
    match answer {
        Answer::Faces { value } => *value == 1,
        Answer::Scale { value } => question.feeds != Some(Feed::Wanted) && *value <= LOWEST_SCORES,
        Answer::SingleChoice { choice, .. } => worry(choice),
        Answer::MultipleChoice { choices, .. } => choices.iter().any(|c| worry(c)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::content::{Choice, Input};

    fn question(input: Input, feeds: Option<Feed>) -> Question {
        Question {
            id: "q".into(),
            prompt: "?".into(),
            help: None,
            example: None,
            feeds,
            input,
        }
    }

    fn choice(id: &str, worry: bool) -> Choice {
        Choice {
            id: id.into(),
            label: id.into(),
            example: None,
            other: false,
            worry,
        }
    }

    #[test]
    fn only_the_saddest_face_calls_for_help() {
        let faces = question(Input::Faces, None);
        assert!(calls_for_help(&faces, &Answer::Faces { value: 1 }));
        for value in 2..=5 {
            assert!(!calls_for_help(&faces, &Answer::Faces { value }));
        }
        assert!(!calls_for_help(&faces, &Answer::Skipped));
    }

    #[test]
    fn a_score_of_0_to_2_now_calls_for_help_but_not_a_wish_for_later() {
        let scale = || Input::Scale {
            min_label: "slecht".into(),
            max_label: "super".into(),
        };
        let now = question(scale(), Some(Feed::Now));
        let wanted = question(scale(), Some(Feed::Wanted));
        for value in 0..=2 {
            assert!(calls_for_help(&now, &Answer::Scale { value }), "{value}");
            assert!(
                !calls_for_help(&wanted, &Answer::Scale { value }),
                "{value}"
            );
        }
        for value in 3..=10 {
            assert!(!calls_for_help(&now, &Answer::Scale { value }), "{value}");
        }
    }

    #[test]
    fn a_choice_marked_as_a_worry_calls_for_help_alone_or_among_others() {
        let single = question(
            Input::SingleChoice {
                choices: vec![choice("ouders", false), choice("geen_vaste", true)],
            },
            None,
        );
        let pick = |id: &str| Answer::SingleChoice {
            choice: id.into(),
            other_text: None,
        };
        assert!(calls_for_help(&single, &pick("geen_vaste")));
        assert!(!calls_for_help(&single, &pick("ouders")));
        let multiple = question(
            Input::MultipleChoice {
                choices: vec![choice("rust", false), choice("onveilig", true)],
                max: None,
            },
            None,
        );
        let picks = |ids: &[&str]| Answer::MultipleChoice {
            choices: ids.iter().map(|&id| id.to_owned()).collect(),
            other_text: None,
        };
        assert!(calls_for_help(&multiple, &picks(&["rust", "onveilig"])));
        assert!(!calls_for_help(&multiple, &picks(&["rust"])));
    }

    #[test]
    fn housing_relationships_and_health_always_show_the_lines() {
        let shown: Vec<IslandId> = IslandId::ALL
            .into_iter()
            .filter(|&i| shows_help_on(i))
            .collect();
        assert_eq!(
            shown,
            [IslandId::Wonen, IslandId::Relaties, IslandId::Gezondheid]
        );
    }
}
