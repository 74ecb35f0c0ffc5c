//! The fullest summaries a youngster can make: every question of a pack answered, every choice
//! picked with own words for "something else", a helper on every step, and own words of a
//! given length (up to the longest allowed). The size test and `cargo xtask bench` (sealing in
//! the browser) use them.

use chrono::NaiveDate;

use crate::journey::{
    Answer, Avatar, Input, IslandId, Journey, MAX_SHORT_TEXT_CHARS, MAX_TEXT_CHARS, Nickname, Pack,
    StepWhat,
};

use super::summary::{Scope, Summary, build_summary};

/// Own words as long as a youngster who writes a lot types them (a sentence or two).
pub const TYPICAL_OWN_WORDS: usize = 80;

/// A journey through every exercise of `pack`, each question answered as fully as it allows,
/// own words `own_words` characters long (at most what fits), finished on `today`.
pub fn answer_everything(pack: &Pack, today: NaiveDate, own_words: usize) -> Journey {
    let mut journey = Journey::default();
    let names = [
        "Samira Van den Broeck",
        "Jonas De Smedt",
        "Meester Koen Vermeulen",
    ];
    let people: Vec<_> = names
        .iter()
        .zip(pack.relations.iter().filter(|r| !r.other).cycle())
        .filter_map(|(name, relation)| journey.add_person(pack, name, &relation.id).ok())
        .collect();
    journey.avatar = Some(Avatar {
        nickname: Nickname::parse("Robin-Alexandra").ok(),
        ..Avatar::default()
    });
    let long = |max: usize| {
        let len = own_words.min(max);
        "Woorden van mij zelf. "
            .repeat(len)
            .chars()
            .take(len)
            .collect::<String>()
    };
    for (_, exercise) in pack.exercises() {
        for question in &exercise.questions {
            let other_text = question
                .input
                .choices()
                .iter()
                .any(|c| c.other)
                .then(|| long(MAX_SHORT_TEXT_CHARS));
            let ids = |limit: Option<usize>| -> Vec<String> {
                let choices = question.input.choices().iter().map(|c| c.id.clone());
                choices.take(limit.unwrap_or(usize::MAX)).collect()
            };
            let answer = match &question.input {
                Input::SingleChoice { choices } => Answer::SingleChoice {
                    choice: choices
                        .iter()
                        .find(|c| c.other)
                        .unwrap_or(&choices[0])
                        .id
                        .clone(),
                    other_text: other_text.clone(),
                },
                Input::MultipleChoice { max, .. } => {
                    let mut picked = ids(*max);
                    let other = question.input.choices().iter().find(|c| c.other);
                    if let Some(other) = other.filter(|o| !picked.contains(&o.id)) {
                        picked.pop();
                        picked.push(other.id.clone());
                    }
                    Answer::MultipleChoice {
                        choices: picked,
                        other_text,
                    }
                }
                Input::Faces => Answer::Faces { value: 2 },
                Input::Scale { .. } => Answer::Scale { value: 10 },
                Input::CardSort { .. } => Answer::CardSort {
                    important: ids(None),
                    not_now: Vec::new(),
                },
                Input::People { .. } => Answer::People {
                    people: people.clone(),
                },
                Input::FirstStep { .. } => Answer::FirstStep {
                    what: StepWhat::Own(long(MAX_SHORT_TEXT_CHARS)),
                    with: people.clone(),
                    by: today.succ_opt(),
                },
                Input::Text { .. } => Answer::Text {
                    text: long(MAX_TEXT_CHARS),
                },
            };
            let _ = journey.answer(pack, &exercise.id, &question.id, answer, today);
        }
        let _ = journey.finish(pack, &exercise.id, today);
    }
    for island in IslandId::ALL {
        let _ = journey.evaluate(island, 7);
    }
    journey
}

/// The summary of [`answer_everything`] with every island, and the answers themselves when
/// `answers`.
pub fn fullest_summary(pack: &Pack, today: NaiveDate, own_words: usize, answers: bool) -> Summary {
    let journey = answer_everything(pack, today, own_words);
    let everything = Scope {
        answers,
        ..Scope::default()
    };
    build_summary(pack, &journey, &everything, "2026-11-23T10:00:00.000Z")
}
