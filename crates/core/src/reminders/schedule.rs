//! When a reminder rings, in the phone's own wall-clock time: every week on chosen days at a
//! time, or once at a date and time.

use chrono::{Datelike, NaiveDate, NaiveDateTime, NaiveTime, Timelike, Weekday, WeekdaySet};
use serde::{Deserialize, Serialize};

/// "Once, in N days" can be at least this many days ahead …
pub const MIN_DAYS_AHEAD: u32 = 1;
/// … and at most this many (about two months: further ahead is a calendar's job).
pub const MAX_DAYS_AHEAD: u32 = 60;

/// When the reminder rings, as local wall-clock time: the phone's calendar keeps 16:00 at
/// 16:00 whether it is summer or winter time, and so do we.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case")]
pub enum Schedule {
    /// Every week on each of `days` at `time`.
    Weekly {
        #[serde(with = "weekday_list")]
        days: WeekdaySet,
        time: NaiveTime,
    },
    /// One time only.
    Once { at: NaiveDateTime },
}

impl Default for Schedule {
    /// Wednesday at 16:00: after school, on the afternoon many Flemish schools are out.
    fn default() -> Self {
        Schedule::Weekly {
            days: WeekdaySet::single(Weekday::Wed),
            time: NaiveTime::from_hms_opt(16, 0, 0).expect("16:00 is a time"),
        }
    }
}

/// Why a schedule cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ScheduleError {
    #[error("choose at least one day")]
    NoDaysChosen,
    #[error("the time is not a valid time of day in hours and minutes")]
    TimeInvalid,
    #[error("choose between {MIN_DAYS_AHEAD} and {MAX_DAYS_AHEAD} days, not {0}")]
    DaysAheadOutOfRange(u32),
}

impl Schedule {
    /// Every week on `days` at `time` (whole minutes).
    pub fn weekly(days: WeekdaySet, time: NaiveTime) -> Result<Schedule, ScheduleError> {
        let schedule = Schedule::Weekly { days, time };
        schedule.validate()?;
        Ok(schedule)
    }

    /// Once, `days` days after `today_local` (the phone's date), at `time`.
    pub fn once_in_days(
        today_local: NaiveDate,
        days: u32,
        time: NaiveTime,
    ) -> Result<Schedule, ScheduleError> {
        if !(MIN_DAYS_AHEAD..=MAX_DAYS_AHEAD).contains(&days) {
            return Err(ScheduleError::DaysAheadOutOfRange(days));
        }
        let date = today_local
            .checked_add_days(chrono::Days::new(days.into()))
            .ok_or(ScheduleError::DaysAheadOutOfRange(days))?;
        Schedule::once_on(today_local, date, time)
    }

    /// Once, on `date` at `time`: the day of a first step, for example. Today up to
    /// [`MAX_DAYS_AHEAD`] days ahead of `today_local`.
    pub fn once_on(
        today_local: NaiveDate,
        date: NaiveDate,
        time: NaiveTime,
    ) -> Result<Schedule, ScheduleError> {
        let ahead = (date - today_local).num_days();
        if !(0..=i64::from(MAX_DAYS_AHEAD)).contains(&ahead) {
            return Err(ScheduleError::DaysAheadOutOfRange(
                u32::try_from(ahead).unwrap_or(0),
            ));
        }
        let schedule = Schedule::Once {
            at: date.and_time(time),
        };
        schedule.validate()?;
        Ok(schedule)
    }

    /// Reads the value of an `<input type="time">`: `HH:MM`, or `HH:MM:SS` with zero seconds.
    pub fn parse_time(value: &str) -> Result<NaiveTime, ScheduleError> {
        let value = value.trim();
        let time = NaiveTime::parse_from_str(value, "%H:%M")
            .or_else(|_| NaiveTime::parse_from_str(value, "%H:%M:%S"))
            .map_err(|_| ScheduleError::TimeInvalid)?;
        check_time(time)?;
        Ok(time)
    }

    /// Checks what deserialising cannot: at least one day, and a time in whole minutes.
    pub fn validate(&self) -> Result<(), ScheduleError> {
        match self {
            Schedule::Weekly { days, .. } if days.is_empty() => Err(ScheduleError::NoDaysChosen),
            _ => check_time(self.time()),
        }
    }

    /// The wall-clock time at which the reminder rings.
    pub fn time(&self) -> NaiveTime {
        match self {
            Schedule::Weekly { time, .. } => *time,
            Schedule::Once { at } => at.time(),
        }
    }

    /// Whether the schedule has a reminder on this local date.
    pub(crate) fn rings_on(&self, date: NaiveDate) -> bool {
        match self {
            Schedule::Weekly { days, .. } => days.contains(date.weekday()),
            Schedule::Once { at } => at.date() == date,
        }
    }
}

/// Reminders are set in hours and minutes; seconds (or a leap second) would be a bug elsewhere.
fn check_time(time: NaiveTime) -> Result<(), ScheduleError> {
    if time.second() == 0 && time.nanosecond() == 0 {
        Ok(())
    } else {
        Err(ScheduleError::TimeInvalid)
    }
}

/// Stores a set of weekdays as a list in week order, `["Mon", "Wed"]`: readable in a backup
/// file and stable, unlike a bit mask.
mod weekday_list {
    use chrono::{Weekday, WeekdaySet};
    use serde::{Deserialize, Deserializer, Serialize, Serializer};

    pub fn serialize<S: Serializer>(days: &WeekdaySet, serializer: S) -> Result<S::Ok, S::Error> {
        days.iter(Weekday::Mon)
            .collect::<Vec<_>>()
            .serialize(serializer)
    }

    pub fn deserialize<'de, D: Deserializer<'de>>(deserializer: D) -> Result<WeekdaySet, D::Error> {
        Ok(Vec::<Weekday>::deserialize(deserializer)?
            .into_iter()
            .collect())
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::reminders::test_support::hm;

    #[test]
    fn a_weekly_schedule_needs_at_least_one_day() {
        assert_eq!(
            Schedule::weekly(WeekdaySet::EMPTY, hm(16, 0)),
            Err(ScheduleError::NoDaysChosen)
        );
        assert!(Schedule::weekly(WeekdaySet::single(Weekday::Sun), hm(16, 0)).is_ok());
    }

    #[test]
    fn a_time_with_seconds_is_invalid() {
        let with_seconds = NaiveTime::from_hms_opt(16, 0, 30).unwrap();
        assert_eq!(
            Schedule::weekly(WeekdaySet::ALL, with_seconds),
            Err(ScheduleError::TimeInvalid)
        );
        let leap_second = NaiveTime::from_hms_milli_opt(23, 59, 59, 1_500).unwrap();
        assert_eq!(
            Schedule::weekly(WeekdaySet::ALL, leap_second),
            Err(ScheduleError::TimeInvalid)
        );
    }

    #[test]
    fn a_time_input_value_is_read_in_hours_and_minutes() {
        assert_eq!(Schedule::parse_time("07:30"), Ok(hm(7, 30)));
        assert_eq!(Schedule::parse_time(" 16:05:00 "), Ok(hm(16, 5)));
        for bad in ["", "24:00", "7h30", "16:60", "16:05:10", "ten past four"] {
            assert_eq!(
                Schedule::parse_time(bad),
                Err(ScheduleError::TimeInvalid),
                "{bad:?}"
            );
        }
    }

    #[test]
    fn once_on_a_day_rings_that_day_from_today_up_to_the_limit() {
        let today = NaiveDate::from_ymd_opt(2027, 3, 1).unwrap();
        let on = |days: u64| today.checked_add_days(chrono::Days::new(days)).unwrap();
        assert_eq!(
            Schedule::once_on(today, on(19), hm(16, 0)),
            Ok(Schedule::Once {
                at: on(19).and_time(hm(16, 0))
            })
        );
        assert!(Schedule::once_on(today, today, hm(16, 0)).is_ok());
        assert!(Schedule::once_on(today, on(u64::from(MAX_DAYS_AHEAD)), hm(9, 0)).is_ok());
        assert!(Schedule::once_on(today, on(u64::from(MAX_DAYS_AHEAD) + 1), hm(9, 0)).is_err());
        assert!(Schedule::once_on(on(2), today, hm(9, 0)).is_err());
    }

    #[test]
    fn once_in_n_days_is_that_many_days_after_today() {
        let today = NaiveDate::from_ymd_opt(2025, 3, 28).unwrap();
        let schedule = Schedule::once_in_days(today, 3, hm(9, 0)).unwrap();
        let expected = NaiveDate::from_ymd_opt(2025, 3, 31)
            .unwrap()
            .and_time(hm(9, 0));
        assert_eq!(schedule, Schedule::Once { at: expected });
        let in_two_months = Schedule::once_in_days(today, 60, hm(9, 0)).unwrap();
        assert_eq!(in_two_months.time(), hm(9, 0));
    }

    #[test]
    fn once_in_n_days_must_be_between_one_and_sixty_days() {
        let today = NaiveDate::from_ymd_opt(2025, 3, 28).unwrap();
        for days in [0, 61, u32::MAX] {
            assert_eq!(
                Schedule::once_in_days(today, days, hm(9, 0)),
                Err(ScheduleError::DaysAheadOutOfRange(days))
            );
        }
    }

    #[test]
    fn the_default_schedule_is_valid() {
        assert_eq!(Schedule::default().validate(), Ok(()));
    }

    #[test]
    fn a_weekly_schedule_is_stored_as_readable_json_and_read_back() {
        let days = WeekdaySet::from_array([Weekday::Fri, Weekday::Mon]);
        let schedule = Schedule::weekly(days, hm(16, 30)).unwrap();
        let json = serde_json::to_string(&schedule).unwrap();
        assert_eq!(
            json,
            r#"{"kind":"weekly","days":["Mon","Fri"],"time":"16:30:00"}"#
        );
        assert_eq!(serde_json::from_str::<Schedule>(&json).unwrap(), schedule);
    }

    #[test]
    fn a_once_schedule_is_stored_as_json_and_read_back() {
        let today = NaiveDate::from_ymd_opt(2025, 10, 1).unwrap();
        let schedule = Schedule::once_in_days(today, 7, hm(18, 15)).unwrap();
        let json = serde_json::to_string(&schedule).unwrap();
        assert_eq!(json, r#"{"kind":"once","at":"2025-10-08T18:15:00"}"#);
        assert_eq!(serde_json::from_str::<Schedule>(&json).unwrap(), schedule);
    }
}
