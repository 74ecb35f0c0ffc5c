//! What the app remembers about working offline and being installed: when it was first used,
//! when the install offer was turned down, and whether it asked the browser to keep its storage. The rules that decide when to offer or ask live here, so they
//! are tested without a browser.

use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::AppState;

/// After "not now", the install offer stays away at least this long.
pub const INSTALL_OFFER_PAUSE_DAYS: u64 = 14;

/// Kept in [`crate::Settings`]. Reads from `{}` and is left out of the stored document while
/// nothing was recorded, so older documents and backups stay as they were.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct OfflineNotes {
    /// The first day the youngster opened the map on this phone.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub first_used_on: Option<NaiveDate>,
    /// The day the youngster said "not now" to the install offer.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub install_offer_dismissed_on: Option<NaiveDate>,
    /// The browser was asked to keep the app's storage (`navigator.storage.persist()`).
    #[serde(skip_serializing_if = "is_false")]
    pub persistence_asked: bool,
}

fn is_false(value: &bool) -> bool {
    !value
}

impl OfflineNotes {
    /// Nothing recorded yet.
    pub fn is_empty(&self) -> bool {
        self == &OfflineNotes::default()
    }

    /// Whether the install offer may show today. Not on the first day of use (unless something
    /// was already finished in the journey), and not within [`INSTALL_OFFER_PAUSE_DAYS`] of a
    /// "not now". Whether the phone can install at all is the caller's question.
    pub fn install_offer_due(&self, today: NaiveDate, finished_something: bool) -> bool {
        let calm = finished_something || self.first_used_on.is_some_and(|first| today > first);
        let paused = self.install_offer_dismissed_on.is_some_and(|dismissed| {
            dismissed
                .checked_add_days(Days::new(INSTALL_OFFER_PAUSE_DAYS))
                .is_none_or(|until| today < until)
        });
        calm && !paused
    }
}

/// Whether to ask the browser now to keep the app's storage: after the first saved answer, once.
pub fn persistence_due(state: &AppState) -> bool {
    !state.journey.answers.is_empty() && !state.settings.offline.persistence_asked
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::Answer;

    fn day(text: &str) -> NaiveDate {
        text.parse().unwrap()
    }

    fn first_used(on: &str) -> OfflineNotes {
        OfflineNotes {
            first_used_on: Some(day(on)),
            ..OfflineNotes::default()
        }
    }

    #[test]
    fn the_install_offer_waits_for_the_second_day() {
        let notes = first_used("2026-11-23");
        assert!(!notes.install_offer_due(day("2026-11-23"), false));
        assert!(notes.install_offer_due(day("2026-11-24"), false));
        assert!(!OfflineNotes::default().install_offer_due(day("2026-11-24"), false));
    }

    #[test]
    fn a_finished_exercise_makes_the_first_day_calm_enough() {
        assert!(first_used("2026-11-23").install_offer_due(day("2026-11-23"), true));
        assert!(OfflineNotes::default().install_offer_due(day("2026-11-23"), true));
    }

    #[test]
    fn not_now_pauses_the_offer_for_two_weeks() {
        let notes = OfflineNotes {
            install_offer_dismissed_on: Some(day("2026-11-01")),
            ..first_used("2026-10-01")
        };
        assert!(!notes.install_offer_due(day("2026-11-01"), true));
        assert!(!notes.install_offer_due(day("2026-11-14"), true));
        assert!(notes.install_offer_due(day("2026-11-15"), true));
    }

    #[test]
    fn a_clock_set_back_before_the_dismissal_keeps_the_offer_away() {
        let notes = OfflineNotes {
            install_offer_dismissed_on: Some(day("2026-11-01")),
            ..first_used("2026-10-01")
        };
        assert!(!notes.install_offer_due(day("2026-10-20"), true));
    }

    #[test]
    fn persistence_is_asked_after_the_first_answer_and_only_once() {
        let mut state = AppState::default();
        assert!(!persistence_due(&state));
        state
            .journey
            .answers
            .entry("wonen_nu".into())
            .or_default()
            .insert("q_nu".into(), Answer::Scale { value: 4 });
        assert!(persistence_due(&state));
        state.settings.offline.persistence_asked = true;
        assert!(!persistence_due(&state));
    }

    #[test]
    fn empty_notes_are_left_out_of_the_document() {
        let json = serde_json::to_value(crate::Settings::default()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({ "language": null, "theme": "system" })
        );
    }

    #[test]
    fn notes_round_trip_and_read_from_nothing() {
        let notes = OfflineNotes {
            install_offer_dismissed_on: Some(day("2026-11-01")),
            persistence_asked: true,
            ..first_used("2026-10-01")
        };
        let json = serde_json::to_string(&notes).unwrap();
        assert_eq!(serde_json::from_str::<OfflineNotes>(&json).unwrap(), notes);
        assert_eq!(
            serde_json::from_str::<OfflineNotes>("{}").unwrap(),
            OfflineNotes::default()
        );
    }
}
