//! The youngster's journey as plain data: everything they answered and made, kept on the phone.

use std::collections::{BTreeMap, BTreeSet};

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::answers::{Answer, AnswerError};
use super::avatar::{Accessory, Avatar};
use super::content::IslandId;
use super::growth::{CheckIn, PastStep};
use super::highlights::WantRef;
use super::people::Person;

/// The island evaluation runs from 1 ("not at all") to 7 ("very much"), as in the pilots.
pub const EVALUATION_RANGE: std::ops::RangeInclusive<u8> = 1..=7;

/// Everything of the journey. Reads from `{}`, so it can be added to an older state document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Journey {
    /// Per exercise id, per question id.
    pub answers: BTreeMap<String, BTreeMap<String, Answer>>,
    /// Per exercise id, the index of the question on screen; the question count means "at the end".
    pub positions: BTreeMap<String, usize>,
    /// Exercises opened at least once (an island with none is "new").
    pub opened: BTreeSet<String>,
    /// Finished exercises, with the day they were (last) finished.
    pub finished: BTreeMap<String, NaiveDate>,
    pub people: Vec<Person>,
    /// `None` until the youngster made one.
    pub avatar: Option<Avatar>,
    pub unlocked: BTreeSet<Accessory>,
    /// Ids of the tips already shown as a discovery.
    pub discoveries_seen: BTreeSet<String>,
    /// "Did this island help you get to know yourself better?", 1–7, optional per island.
    pub evaluations: BTreeMap<IslandId, u8>,
    /// The exercise opened last, for "continue where you stopped".
    pub last_opened: Option<LastOpened>,
    /// "Wat is nu het belangrijkste voor jou?": at most three wants, in the order picked.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub top_three: Vec<WantRef>,
    /// Wants the youngster starred: they lead their island's block (at most three an island).
    #[serde(skip_serializing_if = "BTreeSet::is_empty")]
    pub starred: BTreeSet<WantRef>,
    /// "Hoe staat het nu?": later readings of finished islands, oldest first.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub check_ins: BTreeMap<IslandId, Vec<CheckIn>>,
    /// First steps that were followed up ("Is het gelukt?"), in the order they were.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub past_steps: Vec<PastStep>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct LastOpened {
    pub exercise: String,
    pub on: NaiveDate,
}

/// Why an operation on the journey was refused; the journey is then left as it was.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum JourneyError {
    #[error("there is no exercise {0:?} in the pack")]
    UnknownExercise(String),
    #[error("there is no question {question:?} in exercise {exercise:?}")]
    UnknownQuestion { exercise: String, question: String },
    #[error(transparent)]
    InvalidAnswer(#[from] AnswerError),
    #[error("an evaluation runs from 1 to 7, not {0}")]
    EvaluationOutOfRange(u8),
    #[error("{0:?} is not unlocked yet")]
    LockedItem(Accessory),
}

impl Journey {
    /// Sets the avatar; an extra that is not unlocked yet is refused.
    pub fn set_avatar(&mut self, avatar: Avatar) -> Result<(), JourneyError> {
        if let Some(item) = avatar.locked_items(&self.unlocked).next() {
            return Err(JourneyError::LockedItem(item));
        }
        self.avatar = Some(avatar);
        Ok(())
    }

    /// Whether the avatar may wear this item now.
    pub fn can_wear(&self, item: Accessory) -> bool {
        !item.is_unlockable() || self.unlocked.contains(&item)
    }

    /// Records the island evaluation (1–7).
    pub fn evaluate(&mut self, island: IslandId, score: u8) -> Result<(), JourneyError> {
        if !EVALUATION_RANGE.contains(&score) {
            return Err(JourneyError::EvaluationOutOfRange(score));
        }
        self.evaluations.insert(island, score);
        Ok(())
    }

    pub fn clear_evaluation(&mut self, island: IslandId) {
        self.evaluations.remove(&island);
    }
}

#[cfg(test)]
mod tests {
    use super::super::avatar::Nickname;
    use super::*;

    #[test]
    fn a_journey_reads_from_an_empty_object() {
        assert_eq!(
            serde_json::from_str::<Journey>("{}").unwrap(),
            Journey::default()
        );
    }

    #[test]
    fn a_journey_survives_a_json_round_trip() {
        let mut journey = Journey::default();
        journey.evaluate(IslandId::VrijeTijd, 6).unwrap();
        journey.unlocked.insert(Accessory::Headphones);
        journey
            .set_avatar(Avatar {
                accessories: vec![Accessory::Headphones, Accessory::Wheelchair],
                nickname: Some(Nickname::parse("Robin").unwrap()),
                ..Avatar::default()
            })
            .unwrap();
        journey
            .answers
            .entry("wonen_nu".into())
            .or_default()
            .insert("q_nu".into(), Answer::Scale { value: 4 });
        let json = serde_json::to_string(&journey).unwrap();
        assert!(json.contains("\"vrije_tijd\":6"), "{json}");
        assert_eq!(serde_json::from_str::<Journey>(&json).unwrap(), journey);
    }

    #[test]
    fn an_evaluation_runs_from_one_to_seven() {
        let mut journey = Journey::default();
        assert_eq!(
            journey.evaluate(IslandId::Werk, 0),
            Err(JourneyError::EvaluationOutOfRange(0))
        );
        assert_eq!(
            journey.evaluate(IslandId::Werk, 8),
            Err(JourneyError::EvaluationOutOfRange(8))
        );
        journey.evaluate(IslandId::Werk, 7).unwrap();
        assert_eq!(journey.evaluations[&IslandId::Werk], 7);
        journey.clear_evaluation(IslandId::Werk);
        assert!(journey.evaluations.is_empty());
    }

    #[test]
    fn a_locked_extra_cannot_be_worn_but_an_aid_always_can() {
        let mut journey = Journey::default();
        let with = |item| Avatar {
            accessories: vec![item],
            ..Avatar::default()
        };
        assert_eq!(
            journey.set_avatar(with(Accessory::Lanyard)),
            Err(JourneyError::LockedItem(Accessory::Lanyard))
        );
        assert_eq!(journey.avatar, None);
        journey.set_avatar(with(Accessory::HearingAid)).unwrap();
        assert!(journey.can_wear(Accessory::WalkingStick));
        assert!(!journey.can_wear(Accessory::Lanyard));
    }
}
