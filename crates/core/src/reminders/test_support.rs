//! Shorthands shared by the reminder tests.

use chrono::{DateTime, NaiveTime, Utc};

/// A wall-clock time in hours and minutes.
pub fn hm(hour: u32, minute: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, minute, 0).unwrap()
}

/// An instant written as RFC 3339, e.g. `"2025-03-30T01:00:00Z"`.
pub fn utc(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}
