//! The reminder the youngster sets "to say it is time to play again" (DESIGN §6), as plain rules:
//! when it rings, whether one is due when the app opens, and a calendar file the phone's own
//! calendar rings reliably, offline.
//!
//! Everything takes the phone's time zone as a `chrono::TimeZone` (the app passes
//! `chrono::Local`, tests pass zones from `chrono-tz`) and the current instant as an argument.

mod due;
mod ics;
mod local_time;
mod message;
mod occurrences;
mod plan;
mod schedule;
#[cfg(test)]
mod test_support;

use chrono::{DateTime, Utc};
use serde::{Deserialize, Serialize};

pub use due::{DueReminder, due_now, is_done, next_due};
pub use ics::{IcsError, to_ics};
pub use message::{Message, MessageError, MessagePreset, OWN_TEXT_MAX_CHARS, OwnText};
pub use occurrences::{last_occurrence_between, next_occurrences};
pub use plan::{NotificationPlan, PLAN_OCCURRENCES, continue_path, notification_plan};
pub use schedule::{MAX_DAYS_AHEAD, MIN_DAYS_AHEAD, Schedule, ScheduleError};

/// The youngster's reminder. The default is switched off.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReminderSettings {
    pub enabled: bool,
    pub schedule: Schedule,
    pub message: Message,
    /// When the reminder was last set or switched on: nothing before this is ever due, so a
    /// freshly set reminder does not ring for the past.
    pub set_at: Option<DateTime<Utc>>,
    /// When the youngster last saw a due reminder: only a later one can be due.
    pub last_acknowledged: Option<DateTime<Utc>>,
    /// The youngster also wants a notification on this phone (whether the browser allows it is
    /// asked, and checked, on the phone itself).
    pub notify: bool,
}

impl ReminderSettings {
    /// A reminder set `now`, switched on.
    pub fn new(
        schedule: Schedule,
        message: Message,
        now: DateTime<Utc>,
    ) -> Result<ReminderSettings, ScheduleError> {
        schedule.validate()?;
        Ok(ReminderSettings {
            enabled: true,
            schedule,
            message,
            set_at: Some(now),
            last_acknowledged: None,
            notify: false,
        })
    }

    /// Changes when the reminder rings, from `now`: a new time earlier today is not due. An
    /// invalid schedule is refused and the reminder stays as it was.
    pub fn reschedule(
        &mut self,
        schedule: Schedule,
        now: DateTime<Utc>,
    ) -> Result<(), ScheduleError> {
        schedule.validate()?;
        self.schedule = schedule;
        self.set_at = Some(now);
        Ok(())
    }

    /// Switches the reminder on from `now`: what it would have said while off is not due.
    pub fn switch_on(&mut self, now: DateTime<Utc>) -> Result<(), ScheduleError> {
        self.schedule.validate()?;
        self.enabled = true;
        self.set_at = Some(now);
        Ok(())
    }

    pub fn switch_off(&mut self) {
        self.enabled = false;
    }

    /// The youngster has seen the due reminder: nothing up to `now` is due any more.
    pub fn acknowledge(&mut self, now: DateTime<Utc>) {
        self.last_acknowledged = Some(self.last_acknowledged.map_or(now, |seen| seen.max(now)));
    }

    /// The reminder may ring: switched on, with a valid schedule.
    pub fn is_active(&self) -> bool {
        self.enabled && self.schedule.validate().is_ok()
    }

    /// The moment before which nothing is due: the later of setting and acknowledging.
    fn seen_until(&self) -> Option<DateTime<Utc>> {
        self.set_at.max(self.last_acknowledged)
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveTime, Weekday, WeekdaySet};

    use super::*;

    #[test]
    fn the_default_reminder_is_switched_off_and_reads_from_an_empty_object() {
        let from_empty: ReminderSettings = serde_json::from_str("{}").unwrap();
        assert_eq!(from_empty, ReminderSettings::default());
        assert!(!from_empty.enabled);
        assert!(!from_empty.is_active());
    }

    #[test]
    fn a_reminder_is_stored_as_json_and_read_back() {
        let schedule = Schedule::weekly(
            WeekdaySet::from_array([Weekday::Tue, Weekday::Sun]),
            NaiveTime::from_hms_opt(19, 45, 0).unwrap(),
        )
        .unwrap();
        let message = Message::Own(OwnText::parse("Even oefenen, jij kan dit!").unwrap());
        let now = "2025-05-01T10:00:00Z".parse().unwrap();
        let mut reminder = ReminderSettings::new(schedule, message, now).unwrap();
        reminder.acknowledge("2025-05-04T18:00:00Z".parse().unwrap());
        let json = serde_json::to_string(&reminder).unwrap();
        assert_eq!(
            serde_json::from_str::<ReminderSettings>(&json).unwrap(),
            reminder
        );
    }

    #[test]
    fn a_reminder_with_an_invalid_schedule_cannot_be_set_or_switched_on() {
        let no_days = Schedule::Weekly {
            days: WeekdaySet::EMPTY,
            time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        };
        let now = "2025-05-01T10:00:00Z".parse().unwrap();
        assert_eq!(
            ReminderSettings::new(no_days.clone(), Message::default(), now),
            Err(ScheduleError::NoDaysChosen)
        );
        let mut reminder = ReminderSettings {
            schedule: no_days,
            ..ReminderSettings::default()
        };
        assert_eq!(reminder.switch_on(now), Err(ScheduleError::NoDaysChosen));
        assert!(!reminder.enabled);
    }

    #[test]
    fn rescheduling_keeps_the_old_schedule_when_the_new_one_is_invalid() {
        let now: DateTime<Utc> = "2025-05-01T10:00:00Z".parse().unwrap();
        let mut reminder =
            ReminderSettings::new(Schedule::default(), Message::default(), now).unwrap();
        let no_days = Schedule::Weekly {
            days: WeekdaySet::EMPTY,
            time: NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        };
        let later = "2025-05-02T10:00:00Z".parse().unwrap();
        assert_eq!(
            reminder.reschedule(no_days, later),
            Err(ScheduleError::NoDaysChosen)
        );
        assert_eq!(reminder.schedule, Schedule::default());
        assert_eq!(reminder.set_at, Some(now));
    }

    #[test]
    fn rescheduling_starts_afresh_so_a_time_earlier_today_is_not_due() {
        let monday_noon: DateTime<Utc> = "2025-02-10T11:00:00Z".parse().unwrap();
        let mut reminder =
            ReminderSettings::new(Schedule::default(), Message::default(), monday_noon).unwrap();
        let monday_at_nine = Schedule::weekly(
            WeekdaySet::single(Weekday::Mon),
            NaiveTime::from_hms_opt(9, 0, 0).unwrap(),
        )
        .unwrap();
        let later = "2025-02-10T12:00:00Z".parse().unwrap();
        reminder.reschedule(monday_at_nine.clone(), later).unwrap();
        assert_eq!(reminder.schedule, monday_at_nine);
        assert_eq!(due_now(&reminder, later, &Utc), None);
    }

    #[test]
    fn acknowledging_never_moves_back_in_time() {
        let mut reminder = ReminderSettings::default();
        let later = "2025-05-04T18:00:00Z".parse().unwrap();
        reminder.acknowledge(later);
        reminder.acknowledge("2025-05-01T18:00:00Z".parse().unwrap());
        assert_eq!(reminder.last_acknowledged, Some(later));
    }
}
