//! Growth over time, the way the method walks it: an island is looked at again later ("Hoe staat
//! het nu?", where I am now and where I want to be, 0–10), and a first step is followed up on or
//! after its date ("Is het gelukt?": yes, partly, not yet; what helped or what was hard; the next
//! step). Every reading and every step keeps its date, so the overview and the coach see how
//! things move over weeks. Steps not done are never held against anyone: only what worked is
//! listed as an achievement.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::answers::{Answer, AnswerError, StepWhat};
use super::content::{Feed, Input, IslandId, Pack};
use super::engine::find;
use super::people::PersonId;
use super::state::Journey;

/// The top of the 0–10 scales.
pub const SCORE_MAX: u8 = 10;

/// What can have helped a step that (partly) worked. Ids; the app words them.
pub const HELPED: [&str; 5] = [
    "someone_helped",
    "had_a_plan",
    "small_pieces",
    "made_time",
    "wanted_it",
];

/// What can have made a step hard. Ids; the app words them.
pub const MADE_IT_HARD: [&str; 5] = [
    "no_time",
    "no_energy",
    "too_hard",
    "did_not_know_how",
    "something_came_up",
];

/// One later look at an island, made after it was finished.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CheckIn {
    pub on: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub now: Option<u8>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub wanted: Option<u8>,
}

/// A point of an island's line over time: the first from the exercises, then every check-in.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reading {
    /// The day it was given; the first reading has the day its exercise was finished, and none
    /// while that exercise is not finished.
    pub on: Option<NaiveDate>,
    pub now: Option<u8>,
    pub wanted: Option<u8>,
    /// From the exercises (not a check-in).
    pub first: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum StepOutcome {
    Done,
    Partly,
    NotYet,
}

impl StepOutcome {
    /// The reason questions that go with this outcome, strengths first: what helped when it
    /// (partly) worked (`true`), what was hard when it (partly) did not (`false`), each with its
    /// ids.
    pub fn reason_groups(self) -> &'static [(bool, &'static [&'static str])] {
        match self {
            StepOutcome::Done => &[(true, &HELPED)],
            StepOutcome::Partly => &[(true, &HELPED), (false, &MADE_IT_HARD)],
            StepOutcome::NotYet => &[(false, &MADE_IT_HARD)],
        }
    }

    /// The reasons that can go with this outcome (every id of its [`StepOutcome::reason_groups`]).
    pub fn reasons(self) -> Vec<&'static str> {
        self.reason_groups()
            .iter()
            .flat_map(|(_, ids)| ids.iter().copied())
            .collect()
    }

    /// Done or partly done: a small step forward, worth listing.
    pub fn is_achievement(self) -> bool {
        self != StepOutcome::NotYet
    }
}

/// A first step that was followed up, as it was then.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct PastStep {
    pub exercise: String,
    pub question: String,
    pub what: StepWhat,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub with: Vec<PersonId>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub by: Option<NaiveDate>,
    pub outcome: StepOutcome,
    /// Ids from [`HELPED`] and [`MADE_IT_HARD`].
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub reasons: Vec<String>,
    /// The day it was followed up.
    pub on: NaiveDate,
}

/// What the youngster says when following up a step.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FollowUp {
    pub outcome: StepOutcome,
    pub reasons: Vec<String>,
    /// The next step (an [`Answer::FirstStep`] to the same question), or none for now.
    pub next: Option<Answer>,
}

/// A first step that is set now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CurrentStep {
    pub island: IslandId,
    pub exercise: String,
    pub question: String,
    pub what: StepWhat,
    pub with: Vec<PersonId>,
    pub by: Option<NaiveDate>,
}

/// Why a check-in or a follow-up was refused; the journey is then left as it was.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum GrowthError {
    #[error("{0:?} is not finished yet: a check-in comes after the island")]
    IslandNotFinished(IslandId),
    #[error("give where you are now, where you want to be, or both")]
    NothingGiven,
    #[error("a score runs from 0 to {SCORE_MAX}, not {0}")]
    ScoreOutOfRange(u8),
    #[error("a check-in cannot be dated before the island was finished")]
    BeforeFinished,
    #[error("there is no first step on question {question:?} of {exercise:?}")]
    NoStep { exercise: String, question: String },
    #[error("{reason:?} does not go with {outcome:?}")]
    UnknownReason {
        reason: String,
        outcome: StepOutcome,
    },
    #[error("{0:?} is given twice")]
    ReasonTwice(String),
    #[error("the next step is not a first step")]
    NextIsNoStep,
    #[error(transparent)]
    InvalidNextStep(#[from] AnswerError),
    #[error(transparent)]
    Journey(#[from] super::state::JourneyError),
}

impl Journey {
    /// "Hoe staat het nu?": a new reading of a finished island, today. A second check-in on the
    /// same day replaces the first; the readings stay in date order.
    pub fn check_in(
        &mut self,
        pack: &Pack,
        island: IslandId,
        now: Option<u8>,
        wanted: Option<u8>,
        today: NaiveDate,
    ) -> Result<(), GrowthError> {
        let Some(finished_on) = self.island_finished_on(pack, island) else {
            return Err(GrowthError::IslandNotFinished(island));
        };
        if now.is_none() && wanted.is_none() {
            return Err(GrowthError::NothingGiven);
        }
        if let Some(score) = [now, wanted].into_iter().flatten().find(|s| *s > SCORE_MAX) {
            return Err(GrowthError::ScoreOutOfRange(score));
        }
        if today < finished_on {
            return Err(GrowthError::BeforeFinished);
        }
        let check_ins = self.check_ins.entry(island).or_default();
        check_ins.retain(|c| c.on != today);
        check_ins.push(CheckIn {
            on: today,
            now,
            wanted,
        });
        check_ins.sort_by_key(|c| c.on);
        Ok(())
    }

    /// The day the island's last exercise was finished, if it is finished.
    fn island_finished_on(&self, pack: &Pack, island: IslandId) -> Option<NaiveDate> {
        let exercises = &pack.island(island)?.exercises;
        exercises
            .iter()
            .map(|e| self.finished.get(&e.id).copied())
            .collect::<Option<Vec<_>>>()?
            .into_iter()
            .max()
    }

    /// The island's readings over time: the one from the exercises first (when given), then
    /// every check-in, oldest first.
    pub fn readings(&self, pack: &Pack, island: IslandId) -> Vec<Reading> {
        let mut first = Reading {
            on: None,
            now: None,
            wanted: None,
            first: true,
        };
        let mut days = Vec::new();
        for exercise in pack.island(island).map_or(&[][..], |i| &i.exercises[..]) {
            for question in &exercise.questions {
                let slot = match question.feeds {
                    Some(Feed::Now) => &mut first.now,
                    Some(Feed::Wanted) => &mut first.wanted,
                    _ => continue,
                };
                if let Some(Answer::Scale { value }) = self.answer_to(&exercise.id, &question.id)
                    && slot.is_none()
                {
                    *slot = Some(*value);
                    days.push(self.finished.get(&exercise.id).copied());
                }
            }
        }
        // Dated when every exercise that gave it is finished: the day the last one was.
        first.on = days
            .iter()
            .copied()
            .collect::<Option<Vec<_>>>()
            .and_then(|d| d.into_iter().max());
        let later = self
            .check_ins
            .get(&island)
            .into_iter()
            .flatten()
            .map(|c| Reading {
                on: Some(c.on),
                now: c.now,
                wanted: c.wanted,
                first: false,
            });
        let given = first.now.is_some() || first.wanted.is_some();
        given.then_some(first).into_iter().chain(later).collect()
    }

    /// Where I am now and want to be, as last given (each from the newest reading that has it).
    pub fn latest_reading(&self, pack: &Pack, island: IslandId) -> (Option<u8>, Option<u8>) {
        latest(&self.readings(pack, island))
    }

    /// Every first step set now, in map and content order.
    pub fn current_steps(&self, pack: &Pack) -> Vec<CurrentStep> {
        pack.exercises()
            .flat_map(|(island, exercise)| {
                exercise.questions.iter().filter_map(move |question| {
                    match self.answer_to(&exercise.id, &question.id)? {
                        Answer::FirstStep { what, with, by } => Some(CurrentStep {
                            island: island.id,
                            exercise: exercise.id.clone(),
                            question: question.id.clone(),
                            what: what.clone(),
                            with: with.clone(),
                            by: *by,
                        }),
                        _ => None,
                    }
                })
            })
            .collect()
    }

    /// The steps whose day has come ("Is het gelukt?"), the oldest date first. A step without a
    /// date is never due by itself; it can be followed up at any time.
    pub fn steps_due(&self, pack: &Pack, today: NaiveDate) -> Vec<CurrentStep> {
        let mut due: Vec<CurrentStep> = self
            .current_steps(pack)
            .into_iter()
            .filter(|step| step.by.is_some_and(|by| by <= today))
            .collect();
        due.sort_by_key(|step| step.by);
        due
    }

    /// The soonest step whose day is still to come (today included): a reminder can ring then.
    pub fn next_dated_step(&self, pack: &Pack, today: NaiveDate) -> Option<CurrentStep> {
        self.current_steps(pack)
            .into_iter()
            .filter(|step| step.by.is_some_and(|by| by >= today))
            .min_by_key(|step| step.by)
    }

    /// Follows up the first step of a question: it goes to the step's history with how it went,
    /// and the next step (if any) takes its place; without one the question has no step until
    /// the youngster sets one. Everything is checked first: a refused follow-up changes nothing.
    pub fn follow_up(
        &mut self,
        pack: &Pack,
        exercise: &str,
        question: &str,
        follow_up: FollowUp,
        today: NaiveDate,
    ) -> Result<(), GrowthError> {
        let no_step = || GrowthError::NoStep {
            exercise: exercise.into(),
            question: question.into(),
        };
        let found = find(pack, exercise)?;
        let asked = found
            .question(question)
            .filter(|q| matches!(q.input, Input::FirstStep { .. }))
            .ok_or_else(no_step)?;
        let Some(Answer::FirstStep { what, with, by }) = self.answer_to(exercise, question) else {
            return Err(no_step());
        };
        let allowed = follow_up.outcome.reasons();
        for (i, reason) in follow_up.reasons.iter().enumerate() {
            if !allowed.contains(&reason.as_str()) {
                return Err(GrowthError::UnknownReason {
                    reason: reason.clone(),
                    outcome: follow_up.outcome,
                });
            }
            if follow_up.reasons[..i].contains(reason) {
                return Err(GrowthError::ReasonTwice(reason.clone()));
            }
        }
        let next = match follow_up.next {
            Some(next @ Answer::FirstStep { .. }) => {
                Some(next.check(asked, &self.people, today, None)?)
            }
            Some(_) => return Err(GrowthError::NextIsNoStep),
            None => None,
        };
        let past = PastStep {
            exercise: exercise.into(),
            question: question.into(),
            what: what.clone(),
            with: with.clone(),
            by: *by,
            outcome: follow_up.outcome,
            reasons: follow_up.reasons,
            on: today,
        };
        self.past_steps.push(past);
        let answers = self.answers.entry(exercise.into()).or_default();
        match next {
            Some(next) => answers.insert(question.into(), next),
            None => answers.remove(question),
        };
        Ok(())
    }

    /// The island of a past step, when its exercise is still in the pack.
    pub fn island_of(&self, pack: &Pack, step: &PastStep) -> Option<IslandId> {
        pack.exercise(&step.exercise).map(|(island, _)| island.id)
    }
}

/// Now and later from `readings` (oldest first): each from the newest reading that has it.
pub fn latest(readings: &[Reading]) -> (Option<u8>, Option<u8>) {
    let newest = |pick: fn(&Reading) -> Option<u8>| readings.iter().rev().find_map(pick);
    (newest(|r| r.now), newest(|r| r.wanted))
}

/// The words of a step's "what": the suggestion's label in the pack's language, or own words.
pub fn step_text(pack: &Pack, exercise: &str, question: &str, what: &StepWhat) -> Option<String> {
    match what {
        // Own words need no pack: they stay when the exercise left it.
        StepWhat::Own(text) => Some(text.clone()),
        StepWhat::Suggestion(_) => what.text(pack.exercise(exercise)?.1.question(question)?),
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::valid_pack;
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).unwrap()
    }

    /// A journey with the housing island finished: now 3 (wonen_a, day 2), wanted 8 (wonen_b,
    /// day 3), the other exercises on day 4.
    fn housing_done(pack: &Pack) -> Journey {
        let mut journey = Journey::default();
        journey
            .answer(pack, "wonen_a", "q_nu", Answer::Scale { value: 3 }, day(1))
            .unwrap();
        journey
            .answer(
                pack,
                "wonen_b",
                "q_later",
                Answer::Scale { value: 8 },
                day(1),
            )
            .unwrap();
        for (exercise, on) in [
            ("wonen_a", 2),
            ("wonen_b", 3),
            ("wonen_c", 4),
            ("wonen_d", 4),
        ] {
            journey.finish(pack, exercise, day(on)).unwrap();
        }
        journey
    }

    fn step(what: &str, by: Option<NaiveDate>) -> Answer {
        Answer::FirstStep {
            what: StepWhat::Suggestion(what.into()),
            with: Vec::new(),
            by,
        }
    }

    #[test]
    fn the_first_reading_comes_from_the_exercises_dated_when_the_last_of_them_was_finished() {
        let pack = valid_pack();
        let journey = housing_done(&pack);
        assert_eq!(
            journey.readings(&pack, IslandId::Wonen),
            [Reading {
                on: Some(day(3)),
                now: Some(3),
                wanted: Some(8),
                first: true
            }]
        );
        assert!(journey.readings(&pack, IslandId::Werk).is_empty());
    }

    #[test]
    fn the_check_in_asks_the_islands_own_now_and_later_questions() {
        let pack = valid_pack();
        let ids = |feed| -> Vec<&str> {
            pack.questions_feeding(IslandId::Wonen, feed)
                .map(|q| q.id.as_str())
                .collect()
        };
        assert_eq!(ids(Feed::Now)[0], "q_nu");
        assert_eq!(ids(Feed::Wanted)[0], "q_later");
    }

    #[test]
    fn a_reading_of_an_unfinished_exercise_has_no_date_yet() {
        let pack = valid_pack();
        let mut journey = Journey::default();
        journey
            .answer(&pack, "wonen_a", "q_nu", Answer::Scale { value: 5 }, day(1))
            .unwrap();
        let readings = journey.readings(&pack, IslandId::Wonen);
        assert_eq!(readings.len(), 1);
        assert_eq!(
            (readings[0].on, readings[0].now, readings[0].wanted),
            (None, Some(5), None)
        );
    }

    #[test]
    fn a_check_in_adds_a_dated_reading_and_becomes_the_latest() {
        let pack = valid_pack();
        let mut journey = housing_done(&pack);
        journey
            .check_in(&pack, IslandId::Wonen, Some(5), None, day(17))
            .unwrap();
        let readings = journey.readings(&pack, IslandId::Wonen);
        assert_eq!(readings.len(), 2);
        assert_eq!(
            (readings[1].on, readings[1].now, readings[1].first),
            (Some(day(17)), Some(5), false)
        );
        // Only "now" was given: "wanted" still comes from the first reading.
        assert_eq!(
            journey.latest_reading(&pack, IslandId::Wonen),
            (Some(5), Some(8))
        );
    }

    #[test]
    fn a_second_check_in_on_one_day_replaces_the_first_and_readings_stay_in_date_order() {
        let pack = valid_pack();
        let mut journey = housing_done(&pack);
        journey
            .check_in(&pack, IslandId::Wonen, Some(4), Some(8), day(20))
            .unwrap();
        journey
            .check_in(&pack, IslandId::Wonen, Some(6), Some(9), day(10))
            .unwrap();
        journey
            .check_in(&pack, IslandId::Wonen, Some(7), Some(9), day(20))
            .unwrap();
        let days: Vec<_> = journey.check_ins[&IslandId::Wonen]
            .iter()
            .map(|c| (c.on, c.now))
            .collect();
        assert_eq!(days, [(day(10), Some(6)), (day(20), Some(7))]);
    }

    #[test]
    fn a_check_in_needs_a_finished_island_a_score_in_range_and_a_day_after_finishing() {
        let pack = valid_pack();
        let mut journey = housing_done(&pack);
        let before = journey.clone();
        assert_eq!(
            journey.check_in(&pack, IslandId::Werk, Some(5), None, day(20)),
            Err(GrowthError::IslandNotFinished(IslandId::Werk))
        );
        assert_eq!(
            journey.check_in(&pack, IslandId::Wonen, None, None, day(20)),
            Err(GrowthError::NothingGiven)
        );
        assert_eq!(
            journey.check_in(&pack, IslandId::Wonen, Some(11), Some(2), day(20)),
            Err(GrowthError::ScoreOutOfRange(11))
        );
        assert_eq!(
            journey.check_in(&pack, IslandId::Wonen, Some(5), None, day(3)),
            Err(GrowthError::BeforeFinished)
        );
        assert_eq!(journey, before);
    }

    #[test]
    fn a_step_is_due_on_and_after_its_date_and_one_without_a_date_never_by_itself() {
        let pack = valid_pack();
        let mut journey = Journey::default();
        journey
            .answer(
                &pack,
                "wonen_a",
                "q_stap",
                step("koken_leren", Some(day(10))),
                day(1),
            )
            .unwrap();
        journey
            .answer(&pack, "werk_a", "q_stap", step("koken_leren", None), day(1))
            .unwrap();
        assert_eq!(journey.current_steps(&pack).len(), 2);
        assert!(journey.steps_due(&pack, day(9)).is_empty());
        let due = journey.steps_due(&pack, day(10));
        assert_eq!(due.len(), 1);
        assert_eq!(
            (due[0].island, due[0].exercise.as_str()),
            (IslandId::Wonen, "wonen_a")
        );
        assert_eq!(journey.steps_due(&pack, day(25)).len(), 1);
    }

    #[test]
    fn the_next_dated_step_is_the_soonest_from_today_on() {
        let pack = valid_pack();
        let mut journey = Journey::default();
        journey
            .answer(
                &pack,
                "wonen_a",
                "q_stap",
                step("koken_leren", Some(day(20))),
                day(1),
            )
            .unwrap();
        journey
            .answer(
                &pack,
                "werk_a",
                "q_stap",
                step("koken_leren", Some(day(12))),
                day(1),
            )
            .unwrap();
        journey
            .answer(
                &pack,
                "leren_a",
                "q_stap",
                step("koken_leren", None),
                day(1),
            )
            .unwrap();
        let next = |today| {
            journey
                .next_dated_step(&pack, day(today))
                .map(|s| s.exercise)
        };
        assert_eq!(next(10).as_deref(), Some("werk_a"));
        assert_eq!(next(12).as_deref(), Some("werk_a"));
        assert_eq!(next(13).as_deref(), Some("wonen_a"));
        assert_eq!(next(21), None);
    }

    #[test]
    fn following_up_keeps_the_step_in_its_history_and_sets_the_next_one() {
        let pack = valid_pack();
        let mut journey = Journey::default();
        journey
            .answer(
                &pack,
                "wonen_a",
                "q_stap",
                step("koken_leren", Some(day(10))),
                day(1),
            )
            .unwrap();
        journey
            .follow_up(
                &pack,
                "wonen_a",
                "q_stap",
                FollowUp {
                    outcome: StepOutcome::Done,
                    reasons: vec!["had_a_plan".into()],
                    next: Some(step("huur_opzoeken", Some(day(24)))),
                },
                day(11),
            )
            .unwrap();
        assert_eq!(journey.past_steps.len(), 1);
        let past = &journey.past_steps[0];
        assert_eq!(past.what, StepWhat::Suggestion("koken_leren".into()));
        assert_eq!(
            (past.by, past.outcome, past.on),
            (Some(day(10)), StepOutcome::Done, day(11))
        );
        assert_eq!(past.reasons, ["had_a_plan"]);
        assert_eq!(journey.island_of(&pack, past), Some(IslandId::Wonen));
        assert_eq!(
            journey.answer_to("wonen_a", "q_stap"),
            Some(&step("huur_opzoeken", Some(day(24))))
        );
        assert!(journey.steps_due(&pack, day(11)).is_empty());
        assert_eq!(journey.steps_due(&pack, day(24)).len(), 1);
    }

    #[test]
    fn a_step_not_done_yet_can_get_a_new_date_or_no_next_step_at_all() {
        let pack = valid_pack();
        let mut journey = Journey::default();
        journey
            .answer(
                &pack,
                "wonen_a",
                "q_stap",
                step("koken_leren", Some(day(10))),
                day(1),
            )
            .unwrap();
        let later = FollowUp {
            outcome: StepOutcome::NotYet,
            reasons: vec!["no_energy".into()],
            next: Some(step("koken_leren", Some(day(20)))),
        };
        journey
            .follow_up(&pack, "wonen_a", "q_stap", later, day(12))
            .unwrap();
        assert_eq!(journey.steps_due(&pack, day(20))[0].by, Some(day(20)));
        let stop = FollowUp {
            outcome: StepOutcome::Partly,
            reasons: vec!["someone_helped".into(), "no_time".into()],
            next: None,
        };
        journey
            .follow_up(&pack, "wonen_a", "q_stap", stop, day(21))
            .unwrap();
        assert_eq!(journey.answer_to("wonen_a", "q_stap"), None);
        assert!(journey.current_steps(&pack).is_empty());
        let outcomes: Vec<_> = journey.past_steps.iter().map(|p| p.outcome).collect();
        assert_eq!(outcomes, [StepOutcome::NotYet, StepOutcome::Partly]);
    }

    #[test]
    fn a_refused_follow_up_changes_nothing() {
        let pack = valid_pack();
        let mut journey = Journey::default();
        journey
            .answer(
                &pack,
                "wonen_a",
                "q_stap",
                step("koken_leren", Some(day(10))),
                day(1),
            )
            .unwrap();
        let before = journey.clone();
        let attempt = |outcome, reasons: &[&str], next| FollowUp {
            outcome,
            reasons: reasons.iter().map(|r| r.to_string()).collect(),
            next,
        };
        let mut refused = |exercise: &str, follow: FollowUp| {
            let error = journey
                .follow_up(&pack, exercise, "q_stap", follow, day(11))
                .unwrap_err();
            assert_eq!(journey, before, "{error}");
            error
        };
        assert!(matches!(
            refused("wonen_b", attempt(StepOutcome::Done, &[], None)),
            GrowthError::NoStep { .. }
        ));
        assert!(matches!(
            refused("wonen_a", attempt(StepOutcome::Done, &["no_time"], None)),
            GrowthError::UnknownReason { .. }
        ));
        assert!(matches!(
            refused(
                "wonen_a",
                attempt(StepOutcome::NotYet, &["had_a_plan"], None)
            ),
            GrowthError::UnknownReason { .. }
        ));
        assert_eq!(
            refused(
                "wonen_a",
                attempt(StepOutcome::Partly, &["no_time", "no_time"], None)
            ),
            GrowthError::ReasonTwice("no_time".into())
        );
        assert_eq!(
            refused(
                "wonen_a",
                attempt(StepOutcome::Done, &[], Some(Answer::Scale { value: 3 }))
            ),
            GrowthError::NextIsNoStep
        );
        assert!(matches!(
            refused(
                "wonen_a",
                attempt(
                    StepOutcome::Done,
                    &[],
                    Some(step("koken_leren", Some(day(5))))
                )
            ),
            GrowthError::InvalidNextStep(AnswerError::DateInPast { .. })
        ));
        assert!(matches!(
            refused(
                "wonen_a",
                attempt(StepOutcome::Done, &[], Some(step("bestaat_niet", None)))
            ),
            GrowthError::InvalidNextStep(AnswerError::UnknownChoice(_))
        ));
    }

    #[test]
    fn a_step_reads_in_the_pack_language_or_in_own_words() {
        let pack = valid_pack();
        let suggestion = StepWhat::Suggestion("koken_leren".into());
        assert_eq!(
            step_text(&pack, "wonen_a", "q_stap", &suggestion).as_deref(),
            Some("Eén gerecht leren koken")
        );
        let own = StepWhat::Own("Mijn fiets maken".into());
        assert_eq!(
            step_text(&pack, "wonen_a", "q_stap", &own).as_deref(),
            Some("Mijn fiets maken")
        );
        assert_eq!(step_text(&pack, "weg", "q_stap", &suggestion), None);
    }

    #[test]
    fn only_steps_that_worked_at_least_partly_count_as_achievements() {
        assert!(StepOutcome::Done.is_achievement());
        assert!(StepOutcome::Partly.is_achievement());
        assert!(!StepOutcome::NotYet.is_achievement());
    }
}
