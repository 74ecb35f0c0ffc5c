//! The packs of different languages must say the same things: the same islands, exercises,
//! questions, choices and tips with the same ids, and a text wherever the other has one.

use std::collections::BTreeSet;

use super::content::{Input, Pack};
use super::texts::texts;
use super::validate::Problem;

/// The structure of a pack without its words: one line per id, setting and text.
fn skeleton(pack: &Pack) -> BTreeSet<String> {
    let mut lines: BTreeSet<String> = texts(pack).into_iter().map(|(place, _)| place).collect();
    for island in &pack.islands {
        for exercise in &island.exercises {
            let place = format!("{}/{}", island.id.as_str(), exercise.id);
            lines.insert(format!(
                "{place} kind={:?} steps={:?} unlocks={:?}",
                exercise.kind, exercise.steps, exercise.unlocks
            ));
            for (i, question) in exercise.questions.iter().enumerate() {
                let extra = match &question.input {
                    Input::MultipleChoice { max, .. } => format!(" max={max:?}"),
                    Input::People {
                        suggested_relations,
                    } => format!(" relations={suggested_relations:?}"),
                    _ => String::new(),
                };
                lines.insert(format!(
                    "{place}/{} position={i} type={} feeds={:?}{extra}",
                    question.id,
                    question.input.type_name(),
                    question.feeds
                ));
                for choice in question.input.choices().iter().filter(|c| c.other) {
                    lines.insert(format!("{place}/{}/{} other", question.id, choice.id));
                }
                for choice in question.input.choices().iter().filter(|c| c.worry) {
                    lines.insert(format!("{place}/{}/{} worry", question.id, choice.id));
                }
            }
            for tip in &exercise.tips {
                lines.insert(format!("{place}/tips/{} when={:?}", tip.id, tip.when));
            }
        }
    }
    lines
}

/// Every difference in structure between two packs (a missing id, a text present in one only).
pub fn compare_packs(first: &Pack, second: &Pack) -> Vec<Problem> {
    let (a, b) = (skeleton(first), skeleton(second));
    let differs = |place: &String, detail: String| Problem::Differs {
        place: place.clone(),
        first: first.language.clone(),
        second: second.language.clone(),
        detail,
    };
    let only_first = a
        .difference(&b)
        .map(|p| differs(p, format!("only in {}", first.language)));
    let only_second = b
        .difference(&a)
        .map(|p| differs(p, format!("only in {}", second.language)));
    only_first.chain(only_second).collect()
}

#[cfg(test)]
mod tests {
    use super::super::testing::valid_pack;
    use super::*;

    fn english() -> Pack {
        let mut pack = valid_pack();
        pack.language = "en".into();
        pack.islands[0].title = "Housing".into();
        pack
    }

    #[test]
    fn packs_with_the_same_structure_but_other_words_match() {
        assert_eq!(compare_packs(&valid_pack(), &english()), []);
    }

    #[test]
    fn a_missing_exercise_is_found_on_both_sides() {
        let mut en = english();
        en.islands[3].exercises.pop();
        let problems = compare_packs(&valid_pack(), &en);
        assert!(!problems.is_empty());
        assert!(
            problems
                .iter()
                .all(|p| matches!(p, Problem::Differs { detail, .. } if detail == "only in nl"))
        );
    }

    #[test]
    fn an_optional_text_present_in_one_language_only_is_found() {
        let mut en = english();
        en.islands[0].exercises[0].questions[0].help = Some("How do you feel?".into());
        let problems = compare_packs(&valid_pack(), &en);
        assert_eq!(
            problems,
            [Problem::Differs {
                place: "wonen/wonen_a/q_gevoel/help".into(),
                first: "nl".into(),
                second: "en".into(),
                detail: "only in en".into(),
            }]
        );
    }

    #[test]
    fn a_different_choice_id_feed_or_tip_condition_is_found() {
        let mut en = english();
        let question = &mut en.islands[0].exercises[0].questions[1];
        question.feeds = Some(super::super::content::Feed::Want);
        let problems = compare_packs(&valid_pack(), &en);
        assert_eq!(problems.len(), 2, "{problems:?}");
        let mut en = english();
        en.islands[0].exercises[0].tips[0].when = None;
        assert_eq!(compare_packs(&valid_pack(), &en).len(), 2);
    }
}
