//! The small surprise at the end of an exercise: a tip that fits the answers, and sometimes a new
//! item for the avatar. Never a score, never a ranking.

use std::collections::{BTreeMap, BTreeSet};

use serde::{Deserialize, Serialize};

use super::answers::Answer;
use super::avatar::Accessory;
use super::content::{Exercise, Tip};

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Discovery {
    /// A tip in the pack's language; `None` only for an exercise without tips.
    pub tip: Option<DiscoveryTip>,
    /// An avatar item unlocked just now, the first time this exercise was finished.
    pub new_item: Option<Accessory>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct DiscoveryTip {
    pub id: String,
    pub text: String,
}

/// The tip that fits best: one that matches an answer before a general one, and one not seen
/// before a repeat.
pub(crate) fn choose_tip<'a>(
    exercise: &'a Exercise,
    answers: Option<&BTreeMap<String, Answer>>,
    seen: &BTreeSet<String>,
) -> Option<&'a Tip> {
    let matches = |tip: &Tip| match &tip.when {
        Some(when) => answers
            .and_then(|answers| answers.get(&when.question))
            .is_some_and(|answer| answer.picked(&when.choice)),
        None => false,
    };
    let general = |tip: &Tip| tip.when.is_none();
    let unseen = |tip: &Tip| !seen.contains(&tip.id);
    let tips = &exercise.tips;
    tips.iter()
        .find(|t| matches(t) && unseen(t))
        .or_else(|| tips.iter().find(|t| general(t) && unseen(t)))
        .or_else(|| tips.iter().find(|t| matches(t)))
        .or_else(|| tips.iter().find(|t| general(t)))
}

#[cfg(test)]
mod tests {
    use super::super::testing::sample_pack;
    use super::*;

    fn chosen(answers: &[(&str, Answer)], seen: &[&str]) -> String {
        let pack = sample_pack();
        let exercise = pack.exercise("wonen_nu").unwrap().1;
        let answers: BTreeMap<String, Answer> = answers
            .iter()
            .map(|(q, a)| (q.to_string(), a.clone()))
            .collect();
        let seen: BTreeSet<String> = seen.iter().map(|s| s.to_string()).collect();
        choose_tip(exercise, Some(&answers), &seen)
            .unwrap()
            .id
            .clone()
    }

    fn cards(important: &[&str]) -> Answer {
        Answer::CardSort {
            important: important.iter().map(|c| c.to_string()).collect(),
            not_now: vec![],
        }
    }

    #[test]
    fn a_tip_that_fits_a_choice_comes_first() {
        assert_eq!(
            chosen(&[("q_belangrijk", cards(&["koken"]))], &[]),
            "tip_koken"
        );
    }

    #[test]
    fn without_a_fitting_choice_the_general_tip_is_shown() {
        assert_eq!(
            chosen(&[("q_belangrijk", cards(&["sparen"]))], &[]),
            "tip_wonen"
        );
        assert_eq!(chosen(&[], &[]), "tip_wonen");
    }

    #[test]
    fn a_tip_already_seen_gives_way_to_a_new_one() {
        assert_eq!(
            chosen(&[("q_belangrijk", cards(&["koken"]))], &["tip_koken"]),
            "tip_wonen"
        );
    }

    #[test]
    fn when_every_tip_was_seen_a_fitting_one_is_repeated() {
        let all = ["tip_koken", "tip_rust", "tip_wonen"];
        assert_eq!(
            chosen(&[("q_belangrijk", cards(&["koken"]))], &all),
            "tip_koken"
        );
        assert_eq!(chosen(&[], &all), "tip_wonen");
    }

    #[test]
    fn a_skipped_question_matches_no_tip() {
        assert_eq!(
            chosen(&[("q_belangrijk", Answer::Skipped)], &[]),
            "tip_wonen"
        );
    }
}
