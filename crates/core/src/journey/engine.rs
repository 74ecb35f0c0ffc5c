//! Going through an exercise: answer, skip, next and back, finish; and the progress the map shows.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::answers::Answer;
use super::content::{Exercise, Pack, Question};
use super::discovery::{Discovery, DiscoveryTip, choose_tip};
use super::state::{Journey, JourneyError, LastOpened};

/// Where the youngster is in an exercise: "question `number()` of `total`".
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Progress {
    /// The question on screen, from 0; equal to `total` at the end (the finish screen).
    pub index: usize,
    pub total: usize,
    /// Questions with an answer that is not "skipped".
    pub answered: usize,
}

impl Progress {
    /// The question number to show, from 1.
    pub fn number(&self) -> usize {
        (self.index + 1).min(self.total)
    }

    pub fn at_end(&self) -> bool {
        self.index >= self.total
    }
}

pub(crate) fn find<'a>(pack: &'a Pack, exercise: &str) -> Result<&'a Exercise, JourneyError> {
    pack.exercise(exercise)
        .map(|(_, e)| e)
        .ok_or_else(|| JourneyError::UnknownExercise(exercise.into()))
}

fn question_index(exercise: &Exercise, question: &str) -> Result<usize, JourneyError> {
    exercise
        .questions
        .iter()
        .position(|q| q.id == question)
        .ok_or_else(|| JourneyError::UnknownQuestion {
            exercise: exercise.id.clone(),
            question: question.into(),
        })
}

impl Journey {
    /// Opens an exercise: remembers it for "continue" and returns where to resume. A finished
    /// exercise opens at its first question again, with its answers kept.
    pub fn open(
        &mut self,
        pack: &Pack,
        exercise: &str,
        today: NaiveDate,
    ) -> Result<Progress, JourneyError> {
        let found = find(pack, exercise)?;
        if self.finished.contains_key(exercise) && self.progress_of(found).at_end() {
            self.positions.insert(exercise.into(), 0);
        }
        self.opened.insert(exercise.into());
        self.last_opened = Some(LastOpened {
            exercise: exercise.into(),
            on: today,
        });
        Ok(self.progress_of(found))
    }

    /// Saves an answer at once. An answer that does not fit is refused and the last good one
    /// stays. The position moves to the answered question.
    pub fn answer(
        &mut self,
        pack: &Pack,
        exercise: &str,
        question: &str,
        answer: Answer,
        today: NaiveDate,
    ) -> Result<Progress, JourneyError> {
        let found = find(pack, exercise)?;
        let index = question_index(found, question)?;
        let earlier = self.answer_to(exercise, question);
        let answer = answer.check(&found.questions[index], &self.people, today, earlier)?;
        self.answers
            .entry(exercise.into())
            .or_default()
            .insert(question.into(), answer);
        self.opened.insert(exercise.into());
        self.positions.insert(exercise.into(), index);
        Ok(self.progress_of(found))
    }

    /// Skips a question and moves on. An answer given before is kept: skipping is "not now",
    /// never a silent delete (use [`Journey::clear_answer`] for that).
    pub fn skip(
        &mut self,
        pack: &Pack,
        exercise: &str,
        question: &str,
    ) -> Result<Progress, JourneyError> {
        let found = find(pack, exercise)?;
        let index = question_index(found, question)?;
        self.answers
            .entry(exercise.into())
            .or_default()
            .entry(question.into())
            .or_insert(Answer::Skipped);
        self.opened.insert(exercise.into());
        self.positions
            .insert(exercise.into(), (index + 1).min(found.questions.len()));
        Ok(self.progress_of(found))
    }

    /// Removes an answer ("wis mijn antwoord").
    pub fn clear_answer(&mut self, exercise: &str, question: &str) {
        if let Some(answers) = self.answers.get_mut(exercise) {
            answers.remove(question);
        }
    }

    pub fn next(&mut self, pack: &Pack, exercise: &str) -> Result<Progress, JourneyError> {
        let found = find(pack, exercise)?;
        let index = (self.progress_of(found).index + 1).min(found.questions.len());
        self.positions.insert(exercise.into(), index);
        Ok(self.progress_of(found))
    }

    pub fn back(&mut self, pack: &Pack, exercise: &str) -> Result<Progress, JourneyError> {
        let found = find(pack, exercise)?;
        let index = self.progress_of(found).index.saturating_sub(1);
        self.positions.insert(exercise.into(), index);
        Ok(self.progress_of(found))
    }

    /// Where the youngster is in an exercise (the resume position).
    pub fn progress(&self, pack: &Pack, exercise: &str) -> Result<Progress, JourneyError> {
        find(pack, exercise).map(|found| self.progress_of(found))
    }

    pub(crate) fn progress_of(&self, exercise: &Exercise) -> Progress {
        let total = exercise.questions.len();
        let answers = self.answers.get(&exercise.id);
        let answered = exercise
            .questions
            .iter()
            .filter(|q| {
                answers
                    .and_then(|a| a.get(&q.id))
                    .is_some_and(|a| *a != Answer::Skipped)
            })
            .count();
        let index = self
            .positions
            .get(&exercise.id)
            .copied()
            .unwrap_or(0)
            .min(total);
        Progress {
            index,
            total,
            answered,
        }
    }

    /// The question on screen, or `None` at the end.
    pub fn current_question<'a>(&self, pack: &'a Pack, exercise: &str) -> Option<&'a Question> {
        let found = find(pack, exercise).ok()?;
        found.questions.get(self.progress_of(found).index)
    }

    /// The saved answer to a question, to show it again.
    pub fn answer_to(&self, exercise: &str, question: &str) -> Option<&Answer> {
        self.answers.get(exercise)?.get(question)
    }

    /// Finishes an exercise (skipped questions are fine) and returns its discovery.
    pub fn finish(
        &mut self,
        pack: &Pack,
        exercise: &str,
        today: NaiveDate,
    ) -> Result<Discovery, JourneyError> {
        let found = find(pack, exercise)?;
        let tip =
            choose_tip(found, self.answers.get(exercise), &self.discoveries_seen).map(|tip| {
                DiscoveryTip {
                    id: tip.id.clone(),
                    text: tip.text.clone(),
                }
            });
        if let Some(tip) = &tip {
            self.discoveries_seen.insert(tip.id.clone());
        }
        let new_item = found.unlocks.filter(|item| self.unlocked.insert(*item));
        self.finished.insert(exercise.into(), today);
        self.opened.insert(exercise.into());
        self.positions
            .insert(exercise.into(), found.questions.len());
        Ok(Discovery { tip, new_item })
    }
}

#[cfg(test)]
mod tests {
    use super::super::answers::StepWhat;
    use super::super::avatar::Accessory;
    use super::super::testing::sample_pack;
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, 10).unwrap()
    }

    #[test]
    fn opening_an_exercise_starts_at_question_one_of_n() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        let progress = journey.open(&pack, "wonen_nu", today()).unwrap();
        assert_eq!(
            progress,
            Progress {
                index: 0,
                total: 8,
                answered: 0
            }
        );
        assert_eq!(progress.number(), 1);
        assert_eq!(
            journey.last_opened,
            Some(LastOpened {
                exercise: "wonen_nu".into(),
                on: today()
            })
        );
        assert_eq!(
            journey.current_question(&pack, "wonen_nu").unwrap().id,
            "q_gevoel"
        );
    }

    #[test]
    fn an_unknown_exercise_or_question_is_an_error() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        assert_eq!(
            journey.open(&pack, "maan", today()),
            Err(JourneyError::UnknownExercise("maan".into()))
        );
        assert_eq!(
            journey.answer(&pack, "wonen_nu", "q_x", Answer::Skipped, today()),
            Err(JourneyError::UnknownQuestion {
                exercise: "wonen_nu".into(),
                question: "q_x".into()
            })
        );
        assert_eq!(journey, Journey::default());
    }

    #[test]
    fn every_question_type_saves_its_answer_at_once() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        let sam = journey.add_person(&pack, "Sam", "vriend").unwrap();
        let answers = [
            ("q_gevoel", Answer::Faces { value: 4 }),
            (
                "q_waar",
                Answer::SingleChoice {
                    choice: "alleen".into(),
                    other_text: None,
                },
            ),
            (
                "q_leuk",
                Answer::MultipleChoice {
                    choices: vec!["rust".into()],
                    other_text: None,
                },
            ),
            ("q_nu", Answer::Scale { value: 6 }),
            (
                "q_belangrijk",
                Answer::CardSort {
                    important: vec!["koken".into()],
                    not_now: vec![],
                },
            ),
            ("q_wie", Answer::People { people: vec![sam] }),
            (
                "q_stap",
                Answer::FirstStep {
                    what: StepWhat::Suggestion("koken_leren".into()),
                    with: vec![sam],
                    by: Some(today()),
                },
            ),
            (
                "q_droom",
                Answer::Text {
                    text: "Een tuin".into(),
                },
            ),
        ];
        for (i, (question, answer)) in answers.iter().enumerate() {
            let progress = journey
                .answer(&pack, "wonen_nu", question, answer.clone(), today())
                .unwrap();
            assert_eq!(
                progress,
                Progress {
                    index: i,
                    total: 8,
                    answered: i + 1
                }
            );
            assert_eq!(journey.answer_to("wonen_nu", question), Some(answer));
        }
    }

    #[test]
    fn a_first_step_whose_date_has_passed_can_still_get_someone_to_help() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        let sam = journey.add_person(&pack, "Sam", "vriend").unwrap();
        let step = |with| Answer::FirstStep {
            what: StepWhat::Suggestion("koken_leren".into()),
            with,
            by: Some(today()),
        };
        journey
            .answer(&pack, "wonen_nu", "q_stap", step(vec![]), today())
            .unwrap();
        let a_week_later = today() + chrono::Days::new(7);
        journey
            .answer(&pack, "wonen_nu", "q_stap", step(vec![sam]), a_week_later)
            .unwrap();
        assert_eq!(
            journey.answer_to("wonen_nu", "q_stap"),
            Some(&step(vec![sam]))
        );
    }

    #[test]
    fn a_wrong_answer_keeps_the_last_good_one() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        journey
            .answer(
                &pack,
                "wonen_nu",
                "q_nu",
                Answer::Scale { value: 7 },
                today(),
            )
            .unwrap();
        let before = journey.clone();
        let err = journey.answer(
            &pack,
            "wonen_nu",
            "q_nu",
            Answer::Scale { value: 12 },
            today(),
        );
        assert!(matches!(err, Err(JourneyError::InvalidAnswer(_))));
        assert_eq!(journey, before);
    }

    #[test]
    fn skipping_moves_on_and_keeps_an_earlier_answer() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        let progress = journey.skip(&pack, "wonen_nu", "q_gevoel").unwrap();
        assert_eq!((progress.index, progress.answered), (1, 0));
        assert_eq!(
            journey.answer_to("wonen_nu", "q_gevoel"),
            Some(&Answer::Skipped)
        );
        journey
            .answer(
                &pack,
                "wonen_nu",
                "q_nu",
                Answer::Scale { value: 3 },
                today(),
            )
            .unwrap();
        journey.skip(&pack, "wonen_nu", "q_nu").unwrap();
        assert_eq!(
            journey.answer_to("wonen_nu", "q_nu"),
            Some(&Answer::Scale { value: 3 })
        );
        journey.clear_answer("wonen_nu", "q_nu");
        assert_eq!(journey.answer_to("wonen_nu", "q_nu"), None);
    }

    #[test]
    fn next_and_back_stay_within_the_exercise() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        assert_eq!(journey.back(&pack, "wonen_extra").unwrap().index, 0);
        assert_eq!(journey.next(&pack, "wonen_extra").unwrap().index, 1);
        let end = journey.next(&pack, "wonen_extra").unwrap();
        assert!(end.at_end());
        assert_eq!((end.number(), end.total), (2, 2));
        assert!(journey.next(&pack, "wonen_extra").unwrap().at_end());
        assert_eq!(journey.current_question(&pack, "wonen_extra"), None);
        assert_eq!(journey.back(&pack, "wonen_extra").unwrap().index, 1);
    }

    #[test]
    fn the_resume_position_survives_saving_and_loading() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        journey.open(&pack, "wonen_nu", today()).unwrap();
        journey.next(&pack, "wonen_nu").unwrap();
        journey.next(&pack, "wonen_nu").unwrap();
        let json = serde_json::to_string(&journey).unwrap();
        let mut loaded: Journey = serde_json::from_str(&json).unwrap();
        assert_eq!(loaded.progress(&pack, "wonen_nu").unwrap().index, 2);
        assert_eq!(loaded.open(&pack, "wonen_nu", today()).unwrap().index, 2);
    }

    #[test]
    fn finishing_gives_a_fitting_tip_and_unlocks_an_item_once() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        let cards = Answer::CardSort {
            important: vec!["koken".into()],
            not_now: vec![],
        };
        journey
            .answer(&pack, "wonen_nu", "q_belangrijk", cards, today())
            .unwrap();
        let first = journey.finish(&pack, "wonen_nu", today()).unwrap();
        assert_eq!(first.tip.unwrap().id, "tip_koken");
        assert_eq!(first.new_item, Some(Accessory::Beanie));
        assert!(journey.unlocked.contains(&Accessory::Beanie));
        assert_eq!(journey.finished.get("wonen_nu"), Some(&today()));

        let again = journey.finish(&pack, "wonen_nu", today()).unwrap();
        assert_eq!(again.tip.unwrap().id, "tip_wonen");
        assert_eq!(again.new_item, None);
    }

    #[test]
    fn an_exercise_can_be_finished_with_everything_skipped() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        let discovery = journey.finish(&pack, "wonen_extra", today()).unwrap();
        assert_eq!(discovery.tip.unwrap().text, "Dromen mag.");
        assert!(journey.progress(&pack, "wonen_extra").unwrap().at_end());
    }

    #[test]
    fn a_finished_exercise_opens_at_the_start_with_its_answers() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        journey
            .answer(
                &pack,
                "wonen_extra",
                "q_later",
                Answer::Scale { value: 9 },
                today(),
            )
            .unwrap();
        journey.finish(&pack, "wonen_extra", today()).unwrap();
        let progress = journey.open(&pack, "wonen_extra", today()).unwrap();
        assert_eq!((progress.index, progress.answered), (0, 1));
    }
}
