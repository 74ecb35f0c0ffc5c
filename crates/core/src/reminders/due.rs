//! Whether a reminder is due when the app opens, and when the next one is.
//!
//! A phone that was off (or an app that was closed) for a week with a daily reminder shows
//! one reminder when it opens, the latest one, never a pile of seven.

use chrono::{DateTime, TimeZone, Utc};

use super::occurrences::{last_occurrence_between, next_occurrences};
use super::{Message, ReminderSettings, Schedule};

/// A reminder to show now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DueReminder {
    /// When it rang (or would have, had the app been open): the latest missed occurrence.
    pub at: DateTime<Utc>,
    pub message: Message,
}

/// The one reminder due at `now`, if any: the latest occurrence after the reminder was set or
/// last acknowledged, up to `now`. A switched-off reminder is never due.
pub fn due_now<Tz: TimeZone>(
    settings: &ReminderSettings,
    now: DateTime<Utc>,
    tz: &Tz,
) -> Option<DueReminder> {
    if !settings.is_active() {
        return None;
    }
    let at = last_occurrence_between(&settings.schedule, settings.seen_until(), now, tz)?;
    Some(DueReminder {
        at,
        message: settings.message.clone(),
    })
}

/// When the reminder rings next after `now`, if it is switched on and will ring again.
pub fn next_due<Tz: TimeZone>(
    settings: &ReminderSettings,
    now: DateTime<Utc>,
    tz: &Tz,
) -> Option<DateTime<Utc>> {
    if !settings.is_active() {
        return None;
    }
    next_occurrences(&settings.schedule, now, tz, 1).pop()
}

/// A one-time reminder whose moment has passed and that is not (or no longer) due: it has done
/// its job. A weekly reminder is never done.
pub fn is_done<Tz: TimeZone>(settings: &ReminderSettings, now: DateTime<Utc>, tz: &Tz) -> bool {
    matches!(settings.schedule, Schedule::Once { .. })
        && next_occurrences(&settings.schedule, now, tz, 1).is_empty()
        && due_now(settings, now, tz).is_none()
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, Weekday, WeekdaySet};
    use chrono_tz::Europe::{Brussels, Helsinki};

    use super::*;
    use crate::reminders::test_support::{hm, utc};
    use crate::reminders::{MessagePreset, OwnText};

    fn daily_at_nine_set_at(set_at: &str) -> ReminderSettings {
        let schedule = Schedule::weekly(WeekdaySet::ALL, hm(9, 0)).unwrap();
        ReminderSettings::new(schedule, Message::default(), utc(set_at)).unwrap()
    }

    #[test]
    fn a_switched_off_reminder_is_never_due_and_never_rings() {
        let mut reminder = daily_at_nine_set_at("2025-01-01T12:00:00Z");
        reminder.switch_off();
        let a_month_later = utc("2025-02-01T12:00:00Z");
        assert_eq!(due_now(&reminder, a_month_later, &Brussels), None);
        assert_eq!(next_due(&reminder, a_month_later, &Brussels), None);
        assert_eq!(
            due_now(&ReminderSettings::default(), a_month_later, &Brussels),
            None
        );
    }

    #[test]
    fn a_freshly_set_reminder_is_not_due_for_the_past() {
        // Set on a Monday at 14:00 in Brussels, daily at 09:00: this morning does not count.
        let reminder = daily_at_nine_set_at("2025-02-10T13:00:00Z");
        assert_eq!(
            due_now(&reminder, utc("2025-02-10T13:00:01Z"), &Brussels),
            None
        );
        assert_eq!(
            next_due(&reminder, utc("2025-02-10T13:00:01Z"), &Brussels),
            Some(utc("2025-02-11T08:00:00Z"))
        );
    }

    #[test]
    fn a_reminder_is_due_from_its_moment_until_acknowledged() {
        let mut reminder = daily_at_nine_set_at("2025-02-10T13:00:00Z");
        assert_eq!(
            due_now(&reminder, utc("2025-02-11T07:59:59Z"), &Brussels),
            None
        );
        let due = due_now(&reminder, utc("2025-02-11T08:00:00Z"), &Brussels).unwrap();
        assert_eq!(due.at, utc("2025-02-11T08:00:00Z"));
        assert_eq!(due.message, Message::Preset(MessagePreset::TimeToPlay));
        reminder.acknowledge(utc("2025-02-11T10:00:00Z"));
        assert_eq!(
            due_now(&reminder, utc("2025-02-11T20:00:00Z"), &Brussels),
            None
        );
        assert!(due_now(&reminder, utc("2025-02-12T08:00:00Z"), &Brussels).is_some());
    }

    #[test]
    fn a_week_with_the_phone_off_gives_one_due_reminder_the_latest() {
        let mut reminder = daily_at_nine_set_at("2025-02-01T12:00:00Z");
        reminder.acknowledge(utc("2025-02-03T08:30:00Z"));
        // The phone stays off until Monday 10 February at 20:00 in Brussels.
        let back_on = utc("2025-02-10T19:00:00Z");
        let due = due_now(&reminder, back_on, &Brussels).unwrap();
        assert_eq!(due.at, utc("2025-02-10T08:00:00Z"));
        reminder.acknowledge(back_on);
        assert_eq!(due_now(&reminder, back_on, &Brussels), None);
        assert_eq!(
            due_now(&reminder, utc("2025-02-11T07:00:00Z"), &Brussels),
            None
        );
    }

    #[test]
    fn switching_a_reminder_back_on_does_not_make_the_time_it_was_off_due() {
        let mut reminder = daily_at_nine_set_at("2025-02-01T12:00:00Z");
        reminder.switch_off();
        reminder.switch_on(utc("2025-02-10T12:00:00Z")).unwrap();
        assert_eq!(
            due_now(&reminder, utc("2025-02-10T12:00:01Z"), &Helsinki),
            None
        );
        assert!(due_now(&reminder, utc("2025-02-11T07:00:00Z"), &Helsinki).is_some());
    }

    #[test]
    fn a_once_reminder_is_due_after_its_moment_and_done_once_acknowledged() {
        let today = NaiveDate::from_ymd_opt(2025, 9, 1).unwrap();
        let schedule = Schedule::once_in_days(today, 2, hm(17, 0)).unwrap();
        let message = Message::Own(OwnText::parse("Bel de jobcoach").unwrap());
        let mut reminder =
            ReminderSettings::new(schedule, message, utc("2025-09-01T09:00:00Z")).unwrap();
        let moment = utc("2025-09-03T14:00:00Z"); // 17:00 in Helsinki
        assert_eq!(
            next_due(&reminder, utc("2025-09-02T09:00:00Z"), &Helsinki),
            Some(moment)
        );
        assert!(!is_done(&reminder, utc("2025-09-02T09:00:00Z"), &Helsinki));
        let a_day_late = utc("2025-09-04T14:00:00Z");
        assert_eq!(
            due_now(&reminder, a_day_late, &Helsinki).map(|due| due.at),
            Some(moment)
        );
        assert!(
            !is_done(&reminder, a_day_late, &Helsinki),
            "still to be seen"
        );
        reminder.acknowledge(a_day_late);
        assert_eq!(
            due_now(&reminder, utc("2025-09-10T00:00:00Z"), &Helsinki),
            None
        );
        assert_eq!(next_due(&reminder, a_day_late, &Helsinki), None);
        assert!(is_done(&reminder, a_day_late, &Helsinki));
    }

    #[test]
    fn a_weekly_reminder_is_never_done() {
        let schedule = Schedule::weekly(WeekdaySet::single(Weekday::Fri), hm(15, 0)).unwrap();
        let mut reminder =
            ReminderSettings::new(schedule, Message::default(), utc("2025-01-01T00:00:00Z"))
                .unwrap();
        reminder.acknowledge(utc("2030-01-01T00:00:00Z"));
        assert!(!is_done(&reminder, utc("2030-01-01T00:00:00Z"), &Brussels));
    }

    #[test]
    fn a_reminder_without_a_known_start_is_due_for_its_latest_occurrence() {
        // Written by hand or by an older app: switched on, never set, never acknowledged.
        let reminder = ReminderSettings {
            enabled: true,
            ..ReminderSettings::default()
        };
        // The default rings on Wednesday at 16:00; this is Friday 7 February 2025.
        let due = due_now(&reminder, utc("2025-02-07T12:00:00Z"), &Brussels).unwrap();
        assert_eq!(due.at, utc("2025-02-05T15:00:00Z"));
    }
}
