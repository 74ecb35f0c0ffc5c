//! Checking an answer against the question it answers, before it is saved.

use std::collections::BTreeSet;

use chrono::NaiveDate;

use super::answers::{Answer, AnswerError, MAX_SHORT_TEXT_CHARS, MAX_TEXT_CHARS, StepWhat, tidy};
use super::content::{Input, Question};
use super::people::{Person, PersonId};

impl Answer {
    /// Checks the answer against its question and returns it tidied up (texts trimmed, an empty
    /// "something else" text dropped). `today` keeps a first step's date out of the past when the
    /// date is set; `earlier` (the saved answer) lets a step keep a date that has passed since,
    /// so the youngster can still change what or with whom.
    pub fn check(
        self,
        question: &Question,
        people: &[Person],
        today: NaiveDate,
        earlier: Option<&Answer>,
    ) -> Result<Answer, AnswerError> {
        let wrong = |answer: &Answer| AnswerError::WrongType {
            expected: question.input.type_name(),
            got: answer.type_name(),
        };
        match (&question.input, self) {
            (_, Answer::Skipped) => Ok(Answer::Skipped),
            (Input::SingleChoice { .. }, Answer::SingleChoice { choice, other_text }) => {
                let other_text = check_other_text(question, &[choice.as_str()], other_text)?;
                Ok(Answer::SingleChoice { choice, other_text })
            }
            (
                Input::MultipleChoice { max, .. },
                Answer::MultipleChoice {
                    choices,
                    other_text,
                },
            ) => {
                if choices.is_empty() {
                    return Err(AnswerError::NothingChosen);
                }
                unique(&choices)?;
                if let Some(max) = *max
                    && choices.len() > max
                {
                    return Err(AnswerError::TooManyChoices { max });
                }
                let picked: Vec<&str> = choices.iter().map(String::as_str).collect();
                let other_text = check_other_text(question, &picked, other_text)?;
                Ok(Answer::MultipleChoice {
                    choices,
                    other_text,
                })
            }
            (Input::Faces, Answer::Faces { value }) => {
                in_range(value, 1, 5)?;
                Ok(Answer::Faces { value })
            }
            (Input::Scale { .. }, Answer::Scale { value }) => {
                in_range(value, 0, 10)?;
                Ok(Answer::Scale { value })
            }
            (Input::CardSort { .. }, Answer::CardSort { important, not_now }) => {
                if important.is_empty() && not_now.is_empty() {
                    return Err(AnswerError::NothingChosen);
                }
                let all: Vec<String> = important.iter().chain(&not_now).cloned().collect();
                unique(&all)?;
                for card in &all {
                    known_choice(question, card)?;
                }
                Ok(Answer::CardSort { important, not_now })
            }
            (Input::People { .. }, Answer::People { people: picked }) => {
                if picked.is_empty() {
                    return Err(AnswerError::NothingChosen);
                }
                known_people(&picked, people)?;
                Ok(Answer::People {
                    people: dedup(picked),
                })
            }
            (Input::FirstStep { .. }, Answer::FirstStep { what, with, by }) => {
                let what = match what {
                    StepWhat::Suggestion(id) => {
                        known_choice(question, &id)?;
                        StepWhat::Suggestion(id)
                    }
                    StepWhat::Own(text) => match tidy(&text, MAX_SHORT_TEXT_CHARS)? {
                        Some(text) => StepWhat::Own(text),
                        None => return Err(AnswerError::FirstStepWithoutWhat),
                    },
                };
                known_people(&with, people)?;
                let date_kept = matches!(earlier, Some(Answer::FirstStep { by: earlier_by, .. }) if *earlier_by == by);
                if let Some(by) = by
                    && by < today
                    && !date_kept
                {
                    return Err(AnswerError::DateInPast { by, today });
                }
                Ok(Answer::FirstStep {
                    what,
                    with: dedup(with),
                    by,
                })
            }
            (Input::Text { .. }, Answer::Text { text }) => match tidy(&text, MAX_TEXT_CHARS)? {
                Some(text) => Ok(Answer::Text { text }),
                None => Err(AnswerError::EmptyText),
            },
            (_, other) => Err(wrong(&other)),
        }
    }
}

fn in_range(value: u8, min: u8, max: u8) -> Result<(), AnswerError> {
    if (min..=max).contains(&value) {
        Ok(())
    } else {
        Err(AnswerError::OutOfRange { value, min, max })
    }
}

fn known_choice(question: &Question, id: &str) -> Result<(), AnswerError> {
    match question.choice(id) {
        Some(_) => Ok(()),
        None => Err(AnswerError::UnknownChoice(id.to_owned())),
    }
}

fn unique(ids: &[String]) -> Result<(), AnswerError> {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            return Err(AnswerError::ChosenTwice(id.clone()));
        }
    }
    Ok(())
}

fn known_people(picked: &[PersonId], people: &[Person]) -> Result<(), AnswerError> {
    match picked
        .iter()
        .find(|id| !people.iter().any(|p| p.id == **id))
    {
        Some(id) => Err(AnswerError::UnknownPerson(*id)),
        None => Ok(()),
    }
}

fn dedup(mut ids: Vec<PersonId>) -> Vec<PersonId> {
    let mut seen = BTreeSet::new();
    ids.retain(|id| seen.insert(*id));
    ids
}

/// Every picked id must exist; a text belongs only with a picked "something else" choice.
fn check_other_text(
    question: &Question,
    picked: &[&str],
    other_text: Option<String>,
) -> Result<Option<String>, AnswerError> {
    let mut other_picked = false;
    for id in picked {
        let choice = question
            .choice(id)
            .ok_or_else(|| AnswerError::UnknownChoice((*id).into()))?;
        other_picked |= choice.other;
    }
    let text = match other_text {
        Some(text) => tidy(&text, MAX_SHORT_TEXT_CHARS)?,
        None => None,
    };
    if text.is_some() && !other_picked {
        return Err(AnswerError::TextWithoutSomethingElse);
    }
    Ok(text)
}

#[cfg(test)]
mod tests {
    use super::super::testing::sample_pack;
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, 10).unwrap()
    }

    fn people() -> Vec<Person> {
        vec![Person {
            id: PersonId(1),
            name: "Sam".into(),
            relation: "vriend".into(),
        }]
    }

    fn check(question_id: &str, answer: Answer) -> Result<Answer, AnswerError> {
        answer.check(&question(question_id), &people(), today(), None)
    }

    fn step_by(by: NaiveDate, with: Vec<PersonId>) -> Answer {
        Answer::FirstStep {
            what: StepWhat::Suggestion("koken_leren".into()),
            with,
            by: Some(by),
        }
    }

    fn question(id: &str) -> Question {
        sample_pack()
            .exercise("wonen_nu")
            .unwrap()
            .1
            .question(id)
            .unwrap()
            .clone()
    }

    fn single(choice: &str, other_text: Option<&str>) -> Answer {
        Answer::SingleChoice {
            choice: choice.into(),
            other_text: other_text.map(Into::into),
        }
    }

    fn multiple(choices: &[&str]) -> Answer {
        Answer::MultipleChoice {
            choices: choices.iter().map(|c| c.to_string()).collect(),
            other_text: None,
        }
    }
    #[test]
    fn skipping_fits_every_question() {
        for q in [
            "q_gevoel",
            "q_waar",
            "q_leuk",
            "q_nu",
            "q_belangrijk",
            "q_wie",
            "q_stap",
            "q_droom",
        ] {
            assert_eq!(check(q, Answer::Skipped), Ok(Answer::Skipped), "{q}");
        }
    }
    #[test]
    fn a_known_single_choice_is_accepted() {
        assert_eq!(
            check("q_waar", single("ouders", None)),
            Ok(single("ouders", None))
        );
    }
    #[test]
    fn an_unknown_choice_is_rejected() {
        assert_eq!(
            check("q_waar", single("kasteel", None)),
            Err(AnswerError::UnknownChoice("kasteel".into()))
        );
    }
    #[test]
    fn something_else_keeps_its_trimmed_text() {
        assert_eq!(
            check("q_waar", single("anders", Some("  bij mijn oma "))),
            Ok(single("anders", Some("bij mijn oma")))
        );
        assert_eq!(
            check("q_waar", single("anders", Some("   "))),
            Ok(single("anders", None))
        );
    }
    #[test]
    fn a_text_without_something_else_is_rejected() {
        assert_eq!(
            check("q_waar", single("alleen", Some("hoi"))),
            Err(AnswerError::TextWithoutSomethingElse)
        );
    }
    #[test]
    fn a_too_long_something_else_text_is_rejected() {
        let long = "a".repeat(MAX_SHORT_TEXT_CHARS + 1);
        assert!(matches!(
            check("q_waar", single("anders", Some(&long))),
            Err(AnswerError::TextTooLong { .. })
        ));
    }
    #[test]
    fn multiple_choice_needs_at_least_one_choice() {
        assert_eq!(
            check("q_leuk", multiple(&[])),
            Err(AnswerError::NothingChosen)
        );
        assert_eq!(
            check("q_leuk", multiple(&["rust", "buurt"])),
            Ok(multiple(&["rust", "buurt"]))
        );
    }
    #[test]
    fn multiple_choice_refuses_doubles_and_more_than_its_max() {
        assert_eq!(
            check("q_leuk", multiple(&["rust", "rust"])),
            Err(AnswerError::ChosenTwice("rust".into()))
        );
        assert_eq!(
            check("q_leuk", multiple(&["rust", "buurt", "eigen_kamer"])),
            Err(AnswerError::TooManyChoices { max: 2 })
        );
    }
    #[test]
    fn faces_run_from_one_to_five() {
        assert_eq!(
            check("q_gevoel", Answer::Faces { value: 5 }),
            Ok(Answer::Faces { value: 5 })
        );
        assert_eq!(
            check("q_gevoel", Answer::Faces { value: 0 }),
            Err(AnswerError::OutOfRange {
                value: 0,
                min: 1,
                max: 5
            })
        );
    }
    #[test]
    fn the_scale_runs_from_zero_to_ten() {
        assert_eq!(
            check("q_nu", Answer::Scale { value: 0 }),
            Ok(Answer::Scale { value: 0 })
        );
        assert_eq!(
            check("q_nu", Answer::Scale { value: 11 }),
            Err(AnswerError::OutOfRange {
                value: 11,
                min: 0,
                max: 10
            })
        );
    }
    #[test]
    fn a_card_goes_on_one_pile_only() {
        let ok = Answer::CardSort {
            important: vec!["koken".into()],
            not_now: vec!["sparen".into()],
        };
        assert_eq!(check("q_belangrijk", ok.clone()), Ok(ok));
        let twice = Answer::CardSort {
            important: vec!["koken".into()],
            not_now: vec!["koken".into()],
        };
        assert_eq!(
            check("q_belangrijk", twice),
            Err(AnswerError::ChosenTwice("koken".into()))
        );
        let unknown = Answer::CardSort {
            important: vec!["vliegen".into()],
            not_now: vec![],
        };
        assert_eq!(
            check("q_belangrijk", unknown),
            Err(AnswerError::UnknownChoice("vliegen".into()))
        );
        let empty = Answer::CardSort {
            important: vec![],
            not_now: vec![],
        };
        assert_eq!(
            check("q_belangrijk", empty),
            Err(AnswerError::NothingChosen)
        );
    }
    #[test]
    fn people_must_be_in_my_people() {
        let ok = Answer::People {
            people: vec![PersonId(1), PersonId(1)],
        };
        assert_eq!(
            check("q_wie", ok),
            Ok(Answer::People {
                people: vec![PersonId(1)]
            })
        );
        let unknown = Answer::People {
            people: vec![PersonId(7)],
        };
        assert_eq!(
            check("q_wie", unknown),
            Err(AnswerError::UnknownPerson(PersonId(7)))
        );
        assert_eq!(
            check("q_wie", Answer::People { people: vec![] }),
            Err(AnswerError::NothingChosen)
        );
    }
    #[test]
    fn a_first_step_needs_a_what() {
        let own = |text: &str| Answer::FirstStep {
            what: StepWhat::Own(text.into()),
            with: vec![],
            by: None,
        };
        assert_eq!(
            check("q_stap", own("  ")),
            Err(AnswerError::FirstStepWithoutWhat)
        );
        assert_eq!(
            check("q_stap", own(" Mijn kamer opruimen ")),
            Ok(own("Mijn kamer opruimen"))
        );
    }
    #[test]
    fn a_first_step_checks_its_suggestion_people_and_date() {
        let step = |id: &str, with: Vec<PersonId>, by: NaiveDate| Answer::FirstStep {
            what: StepWhat::Suggestion(id.into()),
            with,
            by: Some(by),
        };
        let good = step("koken_leren", vec![PersonId(1)], today());
        assert_eq!(check("q_stap", good.clone()), Ok(good));
        assert_eq!(
            check("q_stap", step("vliegen", vec![], today())),
            Err(AnswerError::UnknownChoice("vliegen".into()))
        );
        assert_eq!(
            check("q_stap", step("koken_leren", vec![PersonId(9)], today())),
            Err(AnswerError::UnknownPerson(PersonId(9)))
        );
        let yesterday = today().pred_opt().unwrap();
        assert_eq!(
            check("q_stap", step("koken_leren", vec![], yesterday)),
            Err(AnswerError::DateInPast {
                by: yesterday,
                today: today()
            })
        );
    }
    #[test]
    fn a_text_is_trimmed_and_limited() {
        let text = |t: &str| Answer::Text { text: t.into() };
        assert_eq!(check("q_droom", text(" een tuin ")), Ok(text("een tuin")));
        assert_eq!(check("q_droom", text("")), Err(AnswerError::EmptyText));
        let long = "é".repeat(MAX_TEXT_CHARS + 1);
        assert_eq!(
            check("q_droom", text(&long)),
            Err(AnswerError::TextTooLong {
                len: MAX_TEXT_CHARS + 1,
                max: MAX_TEXT_CHARS
            })
        );
        assert!(check("q_droom", text(&"é".repeat(MAX_TEXT_CHARS))).is_ok());
    }
    #[test]
    fn an_answer_of_the_wrong_type_is_rejected() {
        assert_eq!(
            check("q_nu", Answer::Faces { value: 3 }),
            Err(AnswerError::WrongType {
                expected: "scale",
                got: "faces"
            })
        );
    }
    #[test]
    fn a_first_step_keeps_its_date_after_that_date_has_passed() {
        let last_week = today() - chrono::Days::new(7);
        let saved = step_by(last_week, vec![]);
        let with_sam = step_by(last_week, vec![PersonId(1)]);
        assert_eq!(
            with_sam
                .clone()
                .check(&question("q_stap"), &people(), today(), Some(&saved)),
            Ok(with_sam)
        );
    }
    #[test]
    fn a_first_step_cannot_move_its_date_into_the_past() {
        let saved = step_by(today(), vec![]);
        let yesterday = today().pred_opt().unwrap();
        assert_eq!(
            step_by(yesterday, vec![]).check(&question("q_stap"), &people(), today(), Some(&saved)),
            Err(AnswerError::DateInPast {
                by: yesterday,
                today: today()
            })
        );
    }
    #[test]
    fn a_passed_date_counts_as_kept_only_for_the_first_step_it_belongs_to() {
        let yesterday = today().pred_opt().unwrap();
        let other_answer = Answer::Text {
            text: "iets".into(),
        };
        assert!(
            step_by(yesterday, vec![])
                .check(&question("q_stap"), &people(), today(), Some(&other_answer))
                .is_err()
        );
    }
}
