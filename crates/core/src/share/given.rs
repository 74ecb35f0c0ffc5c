//! "The answers themselves": every answered question of the shared islands in words, for a
//! summary whose youngster ticked them. Labels are resolved in the pack's language; a skipped
//! question says nothing and is left out.

use serde::{Deserialize, Serialize};

use crate::journey::overview::labels;
use crate::journey::{Answer, FirstStepLine, Helper, IslandId, Journey, Pack, PersonId, Question};

/// One exercise's answered questions, in content order.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedExercise {
    pub island: IslandId,
    pub exercise: String,
    pub title: String,
    pub questions: Vec<SharedAnswer>,
}

/// A question and its answer in words: lines such as `Alleen`, `3 / 10` or
/// `Belangrijk voor mij: Leren koken`, or a first step (what, with whom, by when).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SharedAnswer {
    pub question: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub words: Vec<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub step: Option<FirstStepLine>,
}

/// Every answered question of `journey`, exercise by exercise in map order. The caller passes
/// a journey already narrowed to the shared islands.
pub(super) fn shared_answers(pack: &Pack, journey: &Journey) -> Vec<SharedExercise> {
    pack.exercises()
        .filter_map(|(island, exercise)| {
            let answers = journey.answers.get(&exercise.id)?;
            let questions: Vec<SharedAnswer> = exercise
                .questions
                .iter()
                .filter_map(|question| {
                    let answer = answers.get(&question.id)?;
                    in_words(pack, journey, island.id, &exercise.id, question, answer)
                })
                .collect();
            (!questions.is_empty()).then(|| SharedExercise {
                island: island.id,
                exercise: exercise.id.clone(),
                title: exercise.title.clone(),
                questions,
            })
        })
        .collect()
}

fn in_words(
    pack: &Pack,
    journey: &Journey,
    island: IslandId,
    exercise: &str,
    question: &Question,
    answer: &Answer,
) -> Option<SharedAnswer> {
    let helper = |id: &PersonId| Helper::of(pack, journey, *id);
    let mut step = None;
    let words: Vec<String> = match answer {
        Answer::Skipped => return None,
        Answer::SingleChoice { .. } | Answer::MultipleChoice { .. } | Answer::Text { .. } => {
            labels(question, answer)
                .into_iter()
                .map(|(_, text)| text)
                .collect()
        }
        Answer::Faces { value } => {
            let face = usize::from(*value).checked_sub(1);
            face.and_then(|i| pack.texts.faces.get(i))
                .cloned()
                .into_iter()
                .collect()
        }
        Answer::Scale { value } => vec![format!("{value} / 10")],
        Answer::CardSort { important, not_now } => {
            let pile = |name: &str, cards: &[String]| {
                let names: Vec<&str> = cards
                    .iter()
                    .filter_map(|card| question.choice(card))
                    .map(|choice| choice.label.as_str())
                    .collect();
                (!names.is_empty()).then(|| format!("{name}: {}", names.join(", ")))
            };
            pile(&pack.texts.important, important)
                .into_iter()
                .chain(pile(&pack.texts.not_now, not_now))
                .collect()
        }
        Answer::People { people } => people
            .iter()
            .filter_map(helper)
            .map(|h| h.label())
            .collect(),
        Answer::FirstStep { what, with, by } => {
            let what = what.text(question)?;
            step = Some(FirstStepLine {
                island,
                exercise: exercise.to_owned(),
                question: question.id.clone(),
                what,
                with: with.iter().filter_map(helper).collect(),
                by: *by,
            });
            Vec::new()
        }
    };
    (!words.is_empty() || step.is_some()).then(|| SharedAnswer {
        question: question.prompt.clone(),
        words,
        step,
    })
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::journey::StepWhat;
    use crate::journey::testing::sample_pack;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    fn answered(changes: &[(&str, &str, Answer)]) -> Vec<SharedExercise> {
        let pack = sample_pack();
        let mut journey = Journey::default();
        journey.add_person(&pack, "Lies", "clb").unwrap();
        for (exercise, question, answer) in changes {
            journey
                .answer(&pack, exercise, question, answer.clone(), day(1))
                .unwrap();
        }
        shared_answers(&pack, &journey)
    }

    fn words_of(exercises: &[SharedExercise], question: &str) -> Vec<String> {
        exercises
            .iter()
            .flat_map(|e| &e.questions)
            .find(|q| q.question == question)
            .map(|q| q.words.clone())
            .unwrap_or_default()
    }

    #[test]
    fn every_kind_of_answer_is_put_in_words_of_the_pack() {
        let shared = answered(&[
            ("wonen_nu", "q_gevoel", Answer::Faces { value: 4 }),
            (
                "wonen_nu",
                "q_waar",
                Answer::SingleChoice {
                    choice: "alleen".into(),
                    other_text: None,
                },
            ),
            ("wonen_nu", "q_nu", Answer::Scale { value: 3 }),
            (
                "wonen_nu",
                "q_belangrijk",
                Answer::CardSort {
                    important: vec!["koken".into(), "eigen_plek".into()],
                    not_now: vec!["sparen".into()],
                },
            ),
            (
                "wonen_nu",
                "q_wie",
                Answer::People {
                    people: vec![PersonId(1)],
                },
            ),
        ]);
        assert_eq!(words_of(&shared, "Hoe voel je je thuis?"), ["Goed"]);
        assert_eq!(words_of(&shared, "Bij wie woon je nu?"), ["Alleen"]);
        assert_eq!(words_of(&shared, "Hoe gaat wonen nu?"), ["3 / 10"]);
        assert_eq!(
            words_of(&shared, "Wat is belangrijk?"),
            [
                "Belangrijk voor mij: Leren koken, Een eigen plek",
                "Nu niet: Sparen voor huur"
            ]
        );
        assert_eq!(words_of(&shared, "Wie helpt je?"), ["Lies (CLB)"]);
        assert_eq!(shared[0].title, "Waar woon je nu?");
    }

    #[test]
    fn a_first_step_keeps_what_with_whom_and_by_when() {
        let shared = answered(&[(
            "werk_droom",
            "q_stap",
            Answer::FirstStep {
                what: StepWhat::Suggestion("snuffel".into()),
                with: vec![PersonId(1)],
                by: Some(day(20)),
            },
        )]);
        let step = shared[0].questions[0].step.as_ref().unwrap();
        assert_eq!(step.what, "Een dag meelopen");
        assert_eq!(step.with[0].name, "Lies");
        assert_eq!(step.by, Some(day(20)));
        assert_eq!(step.island, IslandId::Werk);
    }

    #[test]
    fn skipped_questions_and_exercises_without_answers_are_left_out() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        journey.skip(&pack, "wonen_nu", "q_waar").unwrap();
        journey
            .answer(
                &pack,
                "wonen_extra",
                "q_later",
                Answer::Scale { value: 9 },
                day(1),
            )
            .unwrap();
        let shared = shared_answers(&pack, &journey);
        assert_eq!(shared.len(), 1);
        assert_eq!(shared[0].exercise, "wonen_extra");
        assert_eq!(shared[0].questions.len(), 1);
    }
}
