//! Answers, one type per question type, and their validation against the question they answer.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::people::PersonId;

/// The longest short text answer, in characters: a few sentences, not an essay.
pub const MAX_TEXT_CHARS: usize = 280;
/// The longest "something else" text or own first step, in characters.
pub const MAX_SHORT_TEXT_CHARS: usize = 100;

/// What the youngster gave on one question.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case")]
pub enum Answer {
    /// "Liever niet zeggen": always allowed, never commented on.
    Skipped,
    SingleChoice {
        choice: String,
        /// The words typed after "something else…".
        #[serde(default, skip_serializing_if = "Option::is_none")]
        other_text: Option<String>,
    },
    MultipleChoice {
        choices: Vec<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        other_text: Option<String>,
    },
    /// 1 (saddest face) to 5 (happiest face).
    Faces {
        value: u8,
    },
    /// 0 to 10.
    Scale {
        value: u8,
    },
    /// Card ids per pile; a card may stay unsorted.
    CardSort {
        #[serde(default)]
        important: Vec<String>,
        #[serde(default)]
        not_now: Vec<String>,
    },
    People {
        people: Vec<PersonId>,
    },
    FirstStep {
        what: StepWhat,
        #[serde(default)]
        with: Vec<PersonId>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        by: Option<NaiveDate>,
    },
    Text {
        text: String,
    },
}

/// The "what" of a first step: one of the island's suggestions, or own words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepWhat {
    Suggestion(String),
    Own(String),
}

impl StepWhat {
    /// Its words: the suggestion's label from `question` in the pack's language, or own words.
    /// `None` for a suggestion the question no longer has.
    pub fn text(&self, question: &super::content::Question) -> Option<String> {
        match self {
            StepWhat::Suggestion(id) => question.choice(id).map(|c| c.label.clone()),
            StepWhat::Own(text) => Some(text.clone()),
        }
    }
}

/// Why an answer does not fit its question. The app names each case in the youngster's language.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum AnswerError {
    #[error("a {got} answer does not fit a {expected} question")]
    WrongType {
        expected: &'static str,
        got: &'static str,
    },
    #[error("there is no choice {0:?} on this question")]
    UnknownChoice(String),
    #[error("choice {0:?} is given twice")]
    ChosenTwice(String),
    #[error("nothing was chosen; skip the question instead")]
    NothingChosen,
    #[error("at most {max} choices fit this question")]
    TooManyChoices { max: usize },
    #[error("{value} is outside {min} to {max}")]
    OutOfRange { value: u8, min: u8, max: u8 },
    #[error("there is no person {0:?} in my people")]
    UnknownPerson(PersonId),
    #[error("a first step needs a what")]
    FirstStepWithoutWhat,
    #[error("the date {by} has already passed (today is {today})")]
    DateInPast { by: NaiveDate, today: NaiveDate },
    #[error("the text is empty; skip the question instead")]
    EmptyText,
    #[error("the text has {len} characters, at most {max} fit")]
    TextTooLong { len: usize, max: usize },
    #[error("a text was given without choosing \"something else\"")]
    TextWithoutSomethingElse,
}

impl Answer {
    /// The name of the answer type, matching [`Input::type_name`].
    pub fn type_name(&self) -> &'static str {
        match self {
            Answer::Skipped => "skipped",
            Answer::SingleChoice { .. } => "single_choice",
            Answer::MultipleChoice { .. } => "multiple_choice",
            Answer::Faces { .. } => "faces",
            Answer::Scale { .. } => "scale",
            Answer::CardSort { .. } => "card_sort",
            Answer::People { .. } => "people",
            Answer::FirstStep { .. } => "first_step",
            Answer::Text { .. } => "text",
        }
    }

    /// Whether the answer picked this choice (a card in "important", a suggested step, …).
    pub fn picked(&self, choice: &str) -> bool {
        match self {
            Answer::SingleChoice { choice: c, .. } => c == choice,
            Answer::MultipleChoice { choices, .. } => choices.iter().any(|c| c == choice),
            Answer::CardSort { important, .. } => important.iter().any(|c| c == choice),
            Answer::FirstStep {
                what: StepWhat::Suggestion(id),
                ..
            } => id == choice,
            _ => false,
        }
    }
}

/// Trims a text; `None` when nothing is left, an error when it is too long.
pub(crate) fn tidy(text: &str, max: usize) -> Result<Option<String>, AnswerError> {
    let text = text.trim();
    let len = text.chars().count();
    if len > max {
        return Err(AnswerError::TextTooLong { len, max });
    }
    Ok((!text.is_empty()).then(|| text.to_owned()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn answers_survive_a_json_round_trip() {
        let answer = Answer::FirstStep {
            what: StepWhat::Own("x".into()),
            with: vec![PersonId(2)],
            by: Some(chrono::NaiveDate::from_ymd_opt(2025, 3, 10).unwrap()),
        };
        let json = serde_json::to_string(&answer).unwrap();
        assert_eq!(serde_json::from_str::<Answer>(&json).unwrap(), answer);
    }
}
