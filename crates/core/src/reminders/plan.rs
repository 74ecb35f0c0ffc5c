//! Where a reminder takes the youngster, and the small plan the service worker reads to show a
//! notification while the app is closed (periodic background sync, installed Chromium apps).
//!
//! The plan is written by the page into Cache Storage (the worker cannot read `localStorage`):
//! `{"version":1,"times":[ms…],"title":"…","body":"…","url":"/map","last_shown":ms|null}`.
//! The worker shows one notification for the latest time in `(last_shown, now]` and records it
//! in `last_shown`, so a phone that slept a week gets one notification, not a pile.

use chrono::{DateTime, TimeZone, Utc};
use serde::{Deserialize, Serialize};

use super::ReminderSettings;
use super::due::due_now;
use super::occurrences::next_occurrences;
use crate::journey::Journey;

/// How many upcoming reminder times a plan holds: four weeks of a daily reminder. The app
/// rewrites the plan every time it opens.
pub const PLAN_OCCURRENCES: usize = 28;

/// The plan format version, for a worker that meets a plan of a newer app.
const PLAN_VERSION: u32 = 1;

/// What the service worker needs to show a reminder by itself.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct NotificationPlan {
    pub version: u32,
    /// Reminder instants in milliseconds since the epoch (UTC), earliest first. The first may
    /// lie in the past: a reminder that is due and not seen yet.
    pub times: Vec<i64>,
    pub title: String,
    pub body: String,
    /// Where clicking the notification goes (see [`continue_path`]).
    pub url: String,
    /// Nothing at or before this instant (ms) is shown any more.
    pub last_shown: Option<i64>,
}

/// The plan for the worker, or `None` when no notification should ever come: the reminder is
/// off, the youngster wants no notifications, or it will not ring again.
pub fn notification_plan<Tz: TimeZone>(
    settings: &ReminderSettings,
    title: &str,
    body: &str,
    url: &str,
    now: DateTime<Utc>,
    tz: &Tz,
) -> Option<NotificationPlan> {
    if !settings.notify || !settings.is_active() {
        return None;
    }
    let mut times: Vec<i64> = due_now(settings, now, tz)
        .map(|due| due.at.timestamp_millis())
        .into_iter()
        .collect();
    times.extend(
        next_occurrences(&settings.schedule, now, tz, PLAN_OCCURRENCES)
            .iter()
            .map(DateTime::timestamp_millis),
    );
    if times.is_empty() {
        return None;
    }
    Some(NotificationPlan {
        version: PLAN_VERSION,
        times,
        title: title.to_owned(),
        body: body.to_owned(),
        url: url.to_owned(),
        last_shown: settings.seen_until().map(|seen| seen.timestamp_millis()),
    })
}

/// "Continue where you stopped": the exercise opened last if it is not finished, else the map.
pub fn continue_path(journey: &Journey) -> String {
    match &journey.last_opened {
        Some(last) if !journey.finished.contains_key(&last.exercise) => {
            format!("/exercise/{}", encode_segment(&last.exercise))
        }
        _ => "/map".to_owned(),
    }
}

/// Percent-encodes everything but unreserved characters (RFC 3986), so an id is one path segment.
fn encode_segment(segment: &str) -> String {
    let mut encoded = String::with_capacity(segment.len());
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'_' | b'.' | b'~') {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, Weekday, WeekdaySet};
    use chrono_tz::Europe::Brussels;

    use super::*;
    use crate::journey::LastOpened;
    use crate::reminders::test_support::{hm, utc};
    use crate::reminders::{Message, Schedule};

    fn journey_last_opened(exercise: &str) -> Journey {
        Journey {
            last_opened: Some(LastOpened {
                exercise: exercise.to_owned(),
                on: NaiveDate::from_ymd_opt(2025, 2, 10).unwrap(),
            }),
            ..Journey::default()
        }
    }

    #[test]
    fn continuing_opens_the_last_exercise_while_it_is_not_finished() {
        let mut journey = journey_last_opened("wonen_nu");
        assert_eq!(continue_path(&journey), "/exercise/wonen_nu");
        journey.finished.insert(
            "wonen_nu".to_owned(),
            NaiveDate::from_ymd_opt(2025, 2, 11).unwrap(),
        );
        assert_eq!(continue_path(&journey), "/map");
    }

    #[test]
    fn continuing_without_a_last_exercise_opens_the_map() {
        assert_eq!(continue_path(&Journey::default()), "/map");
    }

    #[test]
    fn an_exercise_id_stays_one_path_segment() {
        let journey = journey_last_opened("a/b c?");
        assert_eq!(continue_path(&journey), "/exercise/a%2Fb%20c%3F");
    }

    fn ms(instant: &str) -> i64 {
        utc(instant).timestamp_millis()
    }

    fn weekly_with_notifications(set_at: &str) -> ReminderSettings {
        let schedule = Schedule::weekly(
            WeekdaySet::from_array([Weekday::Mon, Weekday::Thu]),
            hm(16, 0),
        )
        .unwrap();
        let mut reminder =
            ReminderSettings::new(schedule, Message::default(), utc(set_at)).unwrap();
        reminder.notify = true;
        reminder
    }

    #[test]
    fn a_plan_lists_the_coming_times_with_text_link_and_what_was_seen() {
        // Set on Monday 10 February 2025 at noon in Brussels.
        let reminder = weekly_with_notifications("2025-02-10T11:00:00Z");
        let now = utc("2025-02-10T11:00:00Z");
        let plan =
            notification_plan(&reminder, "Start To Can", "Tijd!", "/map", now, &Brussels).unwrap();
        assert_eq!(plan.times.len(), PLAN_OCCURRENCES);
        assert_eq!(
            plan.times[..2],
            [ms("2025-02-10T15:00:00Z"), ms("2025-02-13T15:00:00Z")]
        );
        assert!(plan.times.windows(2).all(|w| w[0] < w[1]));
        assert_eq!(plan.last_shown, Some(now.timestamp_millis()));
        assert_eq!(
            (plan.title.as_str(), plan.body.as_str()),
            ("Start To Can", "Tijd!")
        );
        let json = serde_json::to_value(&plan).unwrap();
        assert_eq!(json["version"], 1);
        assert_eq!(json["url"], "/map");
    }

    #[test]
    fn a_plan_starts_with_the_reminder_that_is_due_and_not_seen() {
        let reminder = weekly_with_notifications("2025-02-10T11:00:00Z");
        let tuesday = utc("2025-02-11T09:00:00Z");
        let plan = notification_plan(&reminder, "S", "T", "/map", tuesday, &Brussels).unwrap();
        assert_eq!(
            plan.times[..2],
            [ms("2025-02-10T15:00:00Z"), ms("2025-02-13T15:00:00Z")]
        );
    }

    #[test]
    fn there_is_no_plan_without_notifications_or_when_switched_off_or_passed() {
        let now = utc("2025-02-10T11:00:00Z");
        let mut reminder = weekly_with_notifications("2025-02-10T11:00:00Z");
        reminder.notify = false;
        assert_eq!(
            notification_plan(&reminder, "S", "T", "/map", now, &Brussels),
            None
        );
        reminder.notify = true;
        reminder.switch_off();
        assert_eq!(
            notification_plan(&reminder, "S", "T", "/map", now, &Brussels),
            None
        );

        let today = NaiveDate::from_ymd_opt(2025, 2, 10).unwrap();
        let once = Schedule::once_in_days(today, 1, hm(9, 0)).unwrap();
        let mut reminder = ReminderSettings::new(once, Message::default(), now).unwrap();
        reminder.notify = true;
        reminder.acknowledge(utc("2025-02-11T10:00:00Z"));
        let later = utc("2025-02-12T10:00:00Z");
        assert_eq!(
            notification_plan(&reminder, "S", "T", "/map", later, &Brussels),
            None
        );
    }
}
