//! The reminder as a calendar file (RFC 5545) that the phone's own calendar imports and rings,
//! offline and reliably, which a web app cannot do by itself.
//!
//! DTSTART is a floating local time (no `Z`, no `TZID`): the calendar rings at the same
//! wall-clock time in whatever zone the phone is in, across daylight-saving changes, and the
//! file needs no VTIMEZONE.

use std::fmt::Write as _;

use chrono::{DateTime, NaiveDateTime, TimeZone, Utc, Weekday};

use super::occurrences::next_occurrences;
use super::{ReminderSettings, Schedule, ScheduleError};

const PRODID: &str = "-//Start To Can//Reminder//NL";
/// RFC 5545 §3.1: a content line is at most 75 octets, excluding the line break.
const MAX_LINE_OCTETS: usize = 75;

/// Why no calendar file can be made.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum IcsError {
    #[error("the reminder is switched off")]
    Disabled,
    #[error("the reminder's schedule is not valid: {0}")]
    InvalidSchedule(#[from] ScheduleError),
    #[error("the one-time reminder has already passed")]
    AlreadyPassed,
    #[error("the reminder has no text")]
    EmptyText,
    #[error("the calendar event needs a UID")]
    EmptyUid,
}

/// The reminder as an `.ics` file with one event, which repeats weekly for a weekly reminder
/// and starts at its first occurrence after `dtstamp` in the phone's zone `tz`. `text` is what
/// the reminder says (the preset's translation or the own text), `uid` stays the same when the
/// youngster exports an updated reminder, so calendars replace the old event.
pub fn to_ics<Tz: TimeZone>(
    settings: &ReminderSettings,
    text: &str,
    uid: &str,
    dtstamp: DateTime<Utc>,
    tz: &Tz,
) -> Result<String, IcsError> {
    if !settings.enabled {
        return Err(IcsError::Disabled);
    }
    settings.schedule.validate()?;
    let text = text.trim();
    if text.is_empty() {
        return Err(IcsError::EmptyText);
    }
    let uid = uid.trim();
    if uid.is_empty() {
        return Err(IcsError::EmptyUid);
    }
    let first = next_occurrences(&settings.schedule, dtstamp, tz, 1)
        .pop()
        .ok_or(IcsError::AlreadyPassed)?;
    // The nominal wall-clock time on the first day, even if a gap moves it that day: the
    // calendar resolves its own floating times.
    let start = first
        .with_timezone(tz)
        .date_naive()
        .and_time(settings.schedule.time());

    let mut lines = vec![
        "BEGIN:VCALENDAR".to_owned(),
        "VERSION:2.0".to_owned(),
        format!("PRODID:{PRODID}"),
        "CALSCALE:GREGORIAN".to_owned(),
        "METHOD:PUBLISH".to_owned(),
        "BEGIN:VEVENT".to_owned(),
        format!("UID:{}", escape_text(uid)),
        format!("DTSTAMP:{}", dtstamp.format("%Y%m%dT%H%M%SZ")),
        format!("DTSTART:{}", floating(start)),
        "DURATION:PT5M".to_owned(),
    ];
    if let Schedule::Weekly { days, .. } = &settings.schedule {
        let by_day: Vec<&str> = days.iter(Weekday::Mon).map(ics_weekday).collect();
        lines.push(format!("RRULE:FREQ=WEEKLY;BYDAY={}", by_day.join(",")));
    }
    lines.extend([
        format!("SUMMARY:{}", escape_text(text)),
        format!("DESCRIPTION:{}", escape_text(text)),
        "TRANSP:TRANSPARENT".to_owned(),
        "BEGIN:VALARM".to_owned(),
        "ACTION:DISPLAY".to_owned(),
        format!("DESCRIPTION:{}", escape_text(text)),
        "TRIGGER:PT0M".to_owned(),
        "END:VALARM".to_owned(),
        "END:VEVENT".to_owned(),
        "END:VCALENDAR".to_owned(),
    ]);

    let mut ics = String::new();
    for line in &lines {
        fold_into(&mut ics, line);
    }
    Ok(ics)
}

/// A local date-time without zone: `20250330T090000`.
fn floating(local: NaiveDateTime) -> String {
    local.format("%Y%m%dT%H%M%S").to_string()
}

fn ics_weekday(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "MO",
        Weekday::Tue => "TU",
        Weekday::Wed => "WE",
        Weekday::Thu => "TH",
        Weekday::Fri => "FR",
        Weekday::Sat => "SA",
        Weekday::Sun => "SU",
    }
}

/// Escapes a TEXT value (RFC 5545 §3.3.11): `\`, `;`, `,` and line breaks; other control
/// characters are not allowed in TEXT and are left out.
fn escape_text(text: &str) -> String {
    let text = text.replace("\r\n", "\n").replace('\r', "\n");
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '\\' | ';' | ',' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '\n' => escaped.push_str("\\n"),
            '\t' => escaped.push(c),
            c if c.is_control() => {}
            c => escaped.push(c),
        }
    }
    escaped
}

/// Appends `line` folded at 75 octets (never inside a UTF-8 character), each piece ended by
/// CRLF and each continuation started by one space, which counts towards its 75 octets.
fn fold_into(out: &mut String, line: &str) {
    let mut rest = line;
    let mut limit = MAX_LINE_OCTETS;
    loop {
        if rest.len() <= limit {
            let _ = write!(out, "{rest}\r\n");
            return;
        }
        let mut cut = limit;
        while !rest.is_char_boundary(cut) {
            cut -= 1;
        }
        let _ = write!(out, "{}\r\n ", &rest[..cut]);
        rest = &rest[cut..];
        limit = MAX_LINE_OCTETS - 1;
    }
}

#[cfg(test)]
mod tests {
    use chrono::{NaiveDate, NaiveTime, WeekdaySet};
    use chrono_tz::Europe::{Brussels, Helsinki};

    use super::*;
    use crate::reminders::Message;
    use crate::reminders::test_support::{hm, utc};

    fn weekly(days: &[Weekday], time: NaiveTime, now: DateTime<Utc>) -> ReminderSettings {
        let schedule = Schedule::weekly(days.iter().copied().collect(), time).unwrap();
        ReminderSettings::new(schedule, Message::default(), now).unwrap()
    }

    fn unfold(ics: &str) -> String {
        ics.replace("\r\n ", "")
    }

    const LONG_DUTCH: &str = "Hé, tijd voor Start To Can; doe één oefening, kies een eiland, \
        en vertel je coach wat je leerde: wonen, werk, vrije tijd\\gezondheid";

    #[test]
    fn a_weekly_reminder_becomes_a_weekly_event_from_its_first_day_with_an_alarm() {
        // Thursday 6 February 2025, noon in Brussels: the first Monday/Wednesday is the 10th.
        let now = utc("2025-02-06T11:00:00Z");
        let reminder = weekly(&[Weekday::Wed, Weekday::Mon], hm(16, 30), now);
        let ics = to_ics(
            &reminder,
            "Tijd voor Start To Can!",
            "r1@starttocan",
            now,
            &Brussels,
        )
        .unwrap();
        let expected = [
            "BEGIN:VCALENDAR",
            "VERSION:2.0",
            "PRODID:-//Start To Can//Reminder//NL",
            "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH",
            "BEGIN:VEVENT",
            "UID:r1@starttocan",
            "DTSTAMP:20250206T110000Z",
            "DTSTART:20250210T163000",
            "DURATION:PT5M",
            "RRULE:FREQ=WEEKLY;BYDAY=MO,WE",
            "SUMMARY:Tijd voor Start To Can!",
            "DESCRIPTION:Tijd voor Start To Can!",
            "TRANSP:TRANSPARENT",
            "BEGIN:VALARM",
            "ACTION:DISPLAY",
            "DESCRIPTION:Tijd voor Start To Can!",
            "TRIGGER:PT0M",
            "END:VALARM",
            "END:VEVENT",
            "END:VCALENDAR",
            "",
        ];
        assert_eq!(ics, expected.join("\r\n"));
    }

    #[test]
    fn the_first_day_is_in_the_phones_zone_not_in_utc() {
        // 23:30 UTC on Tuesday is already Wednesday 01:30 in Helsinki: a Wednesday 09:00
        // reminder starts today, not next week.
        let now = utc("2025-02-04T23:30:00Z");
        let reminder = weekly(&[Weekday::Wed], hm(9, 0), now);
        let ics = to_ics(&reminder, "Hoi", "r2", now, &Helsinki).unwrap();
        assert!(ics.contains("\r\nDTSTART:20250205T090000\r\n"), "{ics}");
    }

    #[test]
    fn a_once_reminder_becomes_one_event_without_a_rule() {
        let now = utc("2025-03-28T10:00:00Z");
        let today = NaiveDate::from_ymd_opt(2025, 3, 28).unwrap();
        let schedule = Schedule::once_in_days(today, 2, hm(2, 30)).unwrap();
        let reminder = ReminderSettings::new(schedule, Message::default(), now).unwrap();
        let ics = to_ics(&reminder, "Hoi", "r3", now, &Brussels).unwrap();
        // 02:30 does not exist that night in Brussels; the floating time is left to the calendar.
        assert!(ics.contains("\r\nDTSTART:20250330T023000\r\n"), "{ics}");
        assert!(!ics.contains("RRULE"));
    }

    #[test]
    fn long_text_is_escaped_and_folded_at_75_octets_without_splitting_a_character() {
        let now = utc("2025-02-06T11:00:00Z");
        let reminder = weekly(&[Weekday::Fri], hm(16, 0), now);
        let ics = to_ics(&reminder, LONG_DUTCH, "r4", now, &Brussels).unwrap();
        assert!(ics.ends_with("\r\n"));
        for line in ics.split_terminator("\r\n") {
            assert!(line.len() <= 75, "{} octets: {line:?}", line.len());
            assert!(!line.contains('\n') && !line.contains('\r'));
        }
        assert!(
            ics.split_terminator("\r\n")
                .any(|line| line.starts_with(' ')),
            "folded"
        );
        let escaped = "Hé\\, tijd voor Start To Can\\; doe één oefening\\, kies een eiland\\, \
            en vertel je coach wat je leerde: wonen\\, werk\\, vrije tijd\\\\gezondheid";
        assert!(
            unfold(&ics).contains(&format!("\r\nSUMMARY:{escaped}\r\n")),
            "{ics}"
        );
    }

    #[test]
    fn folding_keeps_multibyte_characters_whole() {
        for prefix in 0..4 {
            let line = format!("{}{}", "x".repeat(prefix), "é€😀".repeat(40));
            let mut folded = String::new();
            fold_into(&mut folded, &line);
            for piece in folded.split_terminator("\r\n") {
                assert!(piece.len() <= 75);
            }
            assert_eq!(folded.replace("\r\n ", "").trim_end(), line);
        }
    }

    #[test]
    fn line_breaks_and_control_characters_in_text_are_escaped_or_left_out() {
        assert_eq!(escape_text("een\r\ntwee\ndrie\u{7}"), "een\\ntwee\\ndrie");
        assert_eq!(escape_text("a;b,c\\d"), "a\\;b\\,c\\\\d");
    }

    #[test]
    fn a_switched_off_passed_textless_or_invalid_reminder_gives_no_file() {
        let now = utc("2025-02-06T11:00:00Z");
        let mut reminder = weekly(&[Weekday::Fri], hm(16, 0), now);
        assert_eq!(
            to_ics(&reminder, " ", "r5", now, &Brussels),
            Err(IcsError::EmptyText)
        );
        assert_eq!(
            to_ics(&reminder, "Hoi", "", now, &Brussels),
            Err(IcsError::EmptyUid)
        );
        reminder.switch_off();
        assert_eq!(
            to_ics(&reminder, "Hoi", "r5", now, &Brussels),
            Err(IcsError::Disabled)
        );

        let no_days = ReminderSettings {
            enabled: true,
            schedule: Schedule::Weekly {
                days: WeekdaySet::EMPTY,
                time: hm(16, 0),
            },
            ..ReminderSettings::default()
        };
        assert_eq!(
            to_ics(&no_days, "Hoi", "r5", now, &Brussels),
            Err(IcsError::InvalidSchedule(ScheduleError::NoDaysChosen))
        );

        let today = NaiveDate::from_ymd_opt(2025, 2, 1).unwrap();
        let schedule = Schedule::once_in_days(today, 1, hm(9, 0)).unwrap();
        let passed = ReminderSettings::new(schedule, Message::default(), now).unwrap();
        assert_eq!(
            to_ics(&passed, "Hoi", "r5", now, &Brussels),
            Err(IcsError::AlreadyPassed)
        );
    }
}
