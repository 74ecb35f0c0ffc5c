//! The rules for one exercise and its questions: what a pack's author can get wrong locally.

use super::content::{CoachStep, EXERCISE_BUDGET_SECONDS, Exercise, Feed, Input, Pack, Question};
use super::validate::{Problem, duplicates};

pub(crate) fn check_exercise(
    pack: &Pack,
    place: &str,
    exercise: &Exercise,
    problems: &mut Vec<Problem>,
) {
    let name = || exercise.id.clone();
    if exercise.questions.is_empty() {
        problems.push(Problem::NoQuestions { exercise: name() });
    }
    if exercise.steps.is_empty() {
        problems.push(Problem::NoSteps { exercise: name() });
    }
    let seconds = exercise.estimated_seconds();
    if seconds > EXERCISE_BUDGET_SECONDS {
        problems.push(Problem::TooLong {
            exercise: name(),
            seconds,
        });
    }
    if !exercise.tips.iter().any(|t| t.when.is_none()) {
        problems.push(Problem::NoGeneralTip { exercise: name() });
    }
    if let Some(item) = exercise.unlocks.filter(|i| !i.is_unlockable()) {
        problems.push(Problem::NotUnlockable {
            exercise: name(),
            item: format!("{item:?}"),
        });
    }
    duplicates(
        &format!("{place}/questions"),
        exercise.questions.iter().map(|q| q.id.as_str()),
        problems,
    );
    for step in &exercise.steps {
        if !exercise.questions.iter().any(|q| backs(q, *step)) {
            problems.push(Problem::StepWithoutQuestion {
                exercise: name(),
                step: *step,
            });
        }
    }
    for question in &exercise.questions {
        check_question(
            pack,
            &format!("{place}/{}", question.id),
            question,
            problems,
        );
    }
    for tip in &exercise.tips {
        let Some(when) = &tip.when else { continue };
        let tip_place = format!("{place}/tips/{}", tip.id);
        match exercise.question(&when.question) {
            None => problems.push(Problem::DanglingReference {
                place: tip_place,
                reference: when.question.clone(),
            }),
            Some(q) if q.choice(&when.choice).is_none() => {
                problems.push(Problem::DanglingReference {
                    place: tip_place,
                    reference: when.choice.clone(),
                })
            }
            Some(_) => {}
        }
    }
}

/// Whether a question does the work of a coaching step.
fn backs(question: &Question, step: CoachStep) -> bool {
    let feeds = |wanted: &[Feed]| question.feeds.is_some_and(|f| wanted.contains(&f));
    match step {
        CoachStep::WhoAmI => matches!(question.input, Input::Faces) || feeds(&[Feed::Now]),
        CoachStep::WhatIWant => feeds(&[Feed::Want, Feed::Wanted, Feed::Likes, Feed::Money]),
        CoachStep::WhatWorks => feeds(&[Feed::GoodAt, Feed::Helpers]),
        CoachStep::FirstStep => feeds(&[Feed::FirstStep]),
    }
}

fn check_question(pack: &Pack, place: &str, question: &Question, problems: &mut Vec<Problem>) {
    let input = &question.input;
    if let Some(feed) = question.feeds {
        let fits = match feed {
            Feed::Now | Feed::Wanted => matches!(input, Input::Scale { .. }),
            Feed::Helpers => matches!(input, Input::People { .. }),
            Feed::FirstStep => matches!(input, Input::FirstStep { .. }),
            Feed::Money => matches!(input, Input::MultipleChoice { .. } | Input::CardSort { .. }),
            Feed::Want | Feed::GoodAt | Feed::Likes => matches!(
                input,
                Input::SingleChoice { .. }
                    | Input::MultipleChoice { .. }
                    | Input::CardSort { .. }
                    | Input::Text { .. }
            ),
        };
        if !fits {
            problems.push(Problem::FeedDoesNotFit {
                place: place.into(),
                feed,
                input: input.type_name(),
            });
        }
    }
    let choices = input.choices();
    let has_choices = matches!(
        input,
        Input::SingleChoice { .. }
            | Input::MultipleChoice { .. }
            | Input::CardSort { .. }
            | Input::FirstStep { .. }
    );
    if has_choices && choices.is_empty() {
        problems.push(Problem::NoChoices {
            place: place.into(),
        });
    }
    duplicates(place, choices.iter().map(|c| c.id.as_str()), problems);
    if matches!(
        input,
        Input::SingleChoice { .. } | Input::MultipleChoice { .. }
    ) && !choices.iter().any(|c| c.other)
    {
        problems.push(Problem::NoSomethingElse {
            place: place.into(),
        });
    }
    if let Input::MultipleChoice { max: Some(max), .. } = input
        && (*max == 0 || *max > choices.len())
    {
        problems.push(Problem::BadMaximum {
            place: place.into(),
            max: *max,
            choices: choices.len(),
        });
    }
    if let Input::People {
        suggested_relations,
    } = input
    {
        if suggested_relations.is_empty() {
            problems.push(Problem::NoSuggestedRelations {
                place: place.into(),
            });
        }
        for relation in suggested_relations {
            if !pack.relations.iter().any(|r| &r.id == relation) {
                problems.push(Problem::DanglingReference {
                    place: place.into(),
                    reference: relation.clone(),
                });
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::avatar::Accessory;
    use super::super::content::TipCondition;
    use super::super::testing::{first_exercise, problems_after, question};
    use super::*;

    #[test]
    fn a_duplicate_question_choice_and_tip_id_are_found() {
        let problems = problems_after(|p| {
            let exercise = first_exercise(p);
            exercise.questions[1].id = "q_gevoel".into();
            exercise.tips[1].id = exercise.tips[0].id.clone();
        });
        assert!(
            problems
                .iter()
                .any(|p| matches!(p, Problem::DuplicateId { id, .. } if id == "q_gevoel"))
        );
        assert!(
            problems
                .iter()
                .any(|p| matches!(p, Problem::DuplicateId { place, .. } if place == "tips"))
        );
        let choices = problems_after(|p| {
            if let Input::SingleChoice { choices } = &mut question(p, "q_waar").input {
                choices[1].id = "ouders".into();
            }
        });
        assert!(
            choices
                .iter()
                .any(|p| matches!(p, Problem::DuplicateId { id, .. } if id == "ouders"))
        );
    }
    #[test]
    fn a_tip_pointing_at_an_unknown_choice_is_found() {
        let problems = problems_after(|p| {
            first_exercise(p).tips[0].when = Some(TipCondition {
                question: "q_belangrijk".into(),
                choice: "vliegen".into(),
            });
        });
        assert!(problems.iter().any(
            |p| matches!(p, Problem::DanglingReference { reference, .. } if reference == "vliegen")
        ));
        let problems = problems_after(|p| {
            first_exercise(p).tips[0].when = Some(TipCondition {
                question: "q_nope".into(),
                choice: "x".into(),
            });
        });
        assert!(problems.iter().any(
            |p| matches!(p, Problem::DanglingReference { reference, .. } if reference == "q_nope")
        ));
    }
    #[test]
    fn a_people_question_without_relations_or_with_unknown_ones_is_found() {
        let empty = problems_after(|p| {
            question(p, "q_wie").input = Input::People {
                suggested_relations: vec![],
            }
        });
        assert!(
            empty
                .iter()
                .any(|p| matches!(p, Problem::NoSuggestedRelations { .. }))
        );
        let unknown = problems_after(|p| {
            question(p, "q_wie").input = Input::People {
                suggested_relations: vec!["oom".into()],
            }
        });
        assert!(unknown.iter().any(
            |p| matches!(p, Problem::DanglingReference { reference, .. } if reference == "oom")
        ));
    }
    #[test]
    fn a_step_named_without_a_question_for_it_is_found() {
        let problems =
            problems_after(|p| p.islands[0].exercises[1].steps.push(CoachStep::FirstStep));
        assert_eq!(
            problems,
            [Problem::StepWithoutQuestion {
                exercise: "wonen_b".into(),
                step: CoachStep::FirstStep
            }]
        );
    }
    #[test]
    fn a_feed_that_does_not_fit_the_question_is_found() {
        let problems = problems_after(|p| question(p, "q_gevoel").feeds = Some(Feed::Now));
        assert_eq!(
            problems,
            [Problem::FeedDoesNotFit {
                place: "wonen/wonen_a/q_gevoel".into(),
                feed: Feed::Now,
                input: "faces"
            }]
        );
    }
    #[test]
    fn an_exercise_over_five_minutes_is_found() {
        let problems = problems_after(|p| {
            let extra = first_exercise(p).questions[7].clone();
            for i in 0..6 {
                first_exercise(p).questions.push(Question {
                    id: format!("extra{i}"),
                    ..extra.clone()
                });
            }
        });
        assert_eq!(
            problems,
            [Problem::TooLong {
                exercise: "wonen_a".into(),
                seconds: 15 + 124 + 180
            }]
        );
    }
    #[test]
    fn a_choice_question_without_something_else_is_found() {
        let problems = problems_after(|p| {
            if let Input::SingleChoice { choices } = &mut question(p, "q_waar").input {
                choices.retain(|c| !c.other);
            }
        });
        assert_eq!(
            problems,
            [Problem::NoSomethingElse {
                place: "wonen/wonen_a/q_waar".into()
            }]
        );
    }
    #[test]
    fn an_exercise_without_a_general_tip_or_with_a_locked_aid_is_found() {
        let problems = problems_after(|p| {
            first_exercise(p).tips.retain(|t| t.when.is_some());
            first_exercise(p).unlocks = Some(Accessory::Wheelchair);
        });
        assert!(problems.contains(&Problem::NoGeneralTip {
            exercise: "wonen_a".into()
        }));
        assert!(
            problems
                .iter()
                .any(|p| matches!(p, Problem::NotUnlockable { .. }))
        );
    }
    #[test]
    fn a_bad_maximum_and_wrong_face_count_are_found() {
        let problems = problems_after(|p| {
            p.texts.faces.pop();
            if let Input::MultipleChoice { max, .. } = &mut question(p, "q_leuk").input {
                *max = Some(9);
            }
        });
        assert!(problems.contains(&Problem::WrongFaceCount(4)));
        assert!(
            problems
                .iter()
                .any(|p| matches!(p, Problem::BadMaximum { max: 9, .. }))
        );
    }
}
