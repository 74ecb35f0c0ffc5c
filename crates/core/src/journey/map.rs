//! What the map shows: the status of every exercise, progress per island, and where to continue.

use serde::{Deserialize, Serialize};

use super::content::{Exercise, ExerciseKind, IslandId, Pack};
use super::engine::Progress;
use super::state::Journey;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExerciseStatus {
    New,
    Started,
    Finished,
}

/// What an island card on the map shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IslandProgress {
    pub island: IslandId,
    pub done: usize,
    pub total: usize,
    /// Every exercise of the island is finished.
    pub finished: bool,
    /// No exercise of the island was opened yet.
    pub new: bool,
}

/// "Continue where you stopped": the exercise to open, and where in it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resume<'a> {
    pub island: IslandId,
    pub exercise: &'a Exercise,
    pub progress: Progress,
}

impl Journey {
    pub fn exercise_status(&self, exercise: &str) -> ExerciseStatus {
        if self.finished.contains_key(exercise) {
            ExerciseStatus::Finished
        } else if self.opened.contains(exercise) || self.answers.contains_key(exercise) {
            ExerciseStatus::Started
        } else {
            ExerciseStatus::New
        }
    }

    /// Progress of one island; an island missing from the pack counts as empty.
    pub fn island_progress(&self, pack: &Pack, island: IslandId) -> IslandProgress {
        let exercises = pack.island(island).map_or(&[][..], |i| &i.exercises[..]);
        let status: Vec<_> = exercises
            .iter()
            .map(|e| self.exercise_status(&e.id))
            .collect();
        let done = status
            .iter()
            .filter(|s| **s == ExerciseStatus::Finished)
            .count();
        IslandProgress {
            island,
            done,
            total: exercises.len(),
            finished: !exercises.is_empty() && done == exercises.len(),
            new: status.iter().all(|s| *s == ExerciseStatus::New),
        }
    }

    /// What "continue" opens: the last exercise if it is not finished, else the next unfinished
    /// one on the same island (core ones first), else any started one. `None` lets the
    /// youngster choose on the map.
    pub fn continue_with<'a>(&self, pack: &'a Pack) -> Option<Resume<'a>> {
        let resume = |island: IslandId, exercise: &'a Exercise| Resume {
            island,
            exercise,
            progress: self.progress_of(exercise),
        };
        let unfinished = |e: &&Exercise| !self.finished.contains_key(&e.id);
        if let Some(last) = &self.last_opened
            && let Some((island, exercise)) = pack.exercise(&last.exercise)
        {
            if unfinished(&exercise) {
                return Some(resume(island.id, exercise));
            }
            let core = island
                .exercises
                .iter()
                .filter(|e| e.kind == ExerciseKind::Core);
            let supporting = island
                .exercises
                .iter()
                .filter(|e| e.kind == ExerciseKind::Supporting);
            if let Some(next) = core.chain(supporting).find(unfinished) {
                return Some(resume(island.id, next));
            }
        }
        pack.exercises()
            .find(|(_, e)| unfinished(e) && self.exercise_status(&e.id) == ExerciseStatus::Started)
            .map(|(island, e)| resume(island.id, e))
    }
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::super::testing::sample_pack;
    use super::*;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, 10).unwrap()
    }

    #[test]
    fn an_untouched_island_is_new() {
        let progress = Journey::default().island_progress(&sample_pack(), IslandId::Wonen);
        assert_eq!(
            progress,
            IslandProgress {
                island: IslandId::Wonen,
                done: 0,
                total: 2,
                finished: false,
                new: true
            }
        );
    }

    #[test]
    fn opening_an_exercise_makes_the_island_no_longer_new() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        journey.open(&pack, "wonen_extra", today()).unwrap();
        assert!(!journey.island_progress(&pack, IslandId::Wonen).new);
        assert!(journey.island_progress(&pack, IslandId::Werk).new);
        assert_eq!(
            journey.exercise_status("wonen_extra"),
            ExerciseStatus::Started
        );
        assert_eq!(journey.exercise_status("wonen_nu"), ExerciseStatus::New);
    }

    #[test]
    fn an_island_is_finished_when_every_exercise_is() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        journey.finish(&pack, "wonen_nu", today()).unwrap();
        assert_eq!(journey.island_progress(&pack, IslandId::Wonen).done, 1);
        journey.finish(&pack, "wonen_extra", today()).unwrap();
        let progress = journey.island_progress(&pack, IslandId::Wonen);
        assert!(progress.finished);
        assert_eq!((progress.done, progress.total), (2, 2));
    }

    #[test]
    fn an_island_missing_from_the_pack_is_empty_not_finished() {
        let progress = Journey::default().island_progress(&sample_pack(), IslandId::Leren);
        assert_eq!((progress.total, progress.finished), (0, false));
    }

    #[test]
    fn continue_opens_the_last_unfinished_exercise_where_it_stopped() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        assert_eq!(journey.continue_with(&pack), None);
        journey.open(&pack, "wonen_nu", today()).unwrap();
        journey.next(&pack, "wonen_nu").unwrap();
        let resume = journey.continue_with(&pack).unwrap();
        assert_eq!(
            (
                resume.island,
                resume.exercise.id.as_str(),
                resume.progress.index
            ),
            (IslandId::Wonen, "wonen_nu", 1)
        );
    }

    #[test]
    fn after_finishing_continue_suggests_the_next_exercise_on_the_island() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        journey.open(&pack, "wonen_nu", today()).unwrap();
        journey.finish(&pack, "wonen_nu", today()).unwrap();
        assert_eq!(
            journey.continue_with(&pack).unwrap().exercise.id,
            "wonen_extra"
        );
    }

    #[test]
    fn with_the_island_done_continue_returns_to_a_started_exercise_elsewhere() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        journey.open(&pack, "werk_droom", today()).unwrap();
        journey.finish(&pack, "wonen_nu", today()).unwrap();
        journey.open(&pack, "wonen_extra", today()).unwrap();
        journey.finish(&pack, "wonen_extra", today()).unwrap();
        assert_eq!(
            journey.continue_with(&pack).unwrap().exercise.id,
            "werk_droom"
        );
        journey.finish(&pack, "werk_droom", today()).unwrap();
        assert_eq!(journey.continue_with(&pack), None);
    }
}
