//! The calendar file read back by an independent parser (the `icalendar` crate), as a phone's
//! calendar would: the fields a calendar needs to ring are there and mean what we meant.

use chrono::{DateTime, NaiveDate, NaiveTime, Utc, Weekday, WeekdaySet};
use chrono_tz::Europe::{Brussels, Helsinki};
use icalendar::parser::{Component as Parsed, read_calendar, unfold};
use icalendar::{CalendarComponent, CalendarDateTime, Component, DatePerhapsTime};
use stc_core::reminders::{Message, OwnText, ReminderSettings, Schedule, to_ics};

const LONG_DUTCH: &str = "Hé, tijd voor Start To Can; doe één oefening van vijf minuten, \
    kies een eiland en vertel je coach wat je leerde: wonen, werk\\vrije tijd";

fn utc(text: &str) -> DateTime<Utc> {
    text.parse().unwrap()
}

fn hm(hour: u32, minute: u32) -> NaiveTime {
    NaiveTime::from_hms_opt(hour, minute, 0).unwrap()
}

fn weekly_reminder(now: DateTime<Utc>) -> ReminderSettings {
    let days = WeekdaySet::from_array([Weekday::Mon, Weekday::Wed, Weekday::Fri]);
    let schedule = Schedule::weekly(days, hm(16, 30)).unwrap();
    let message = Message::Own(OwnText::parse("Oefenen!").unwrap());
    ReminderSettings::new(schedule, message, now).unwrap()
}

fn prop<'a>(component: &'a Parsed<'a>, name: &str) -> &'a str {
    component
        .find_prop(name)
        .unwrap_or_else(|| panic!("{} has no {name}", component.name.as_str()))
        .val
        .as_str()
}

#[test]
fn the_calendar_has_one_event_with_a_weekly_rule_a_floating_start_and_a_display_alarm() {
    // Tuesday 4 February 2025, noon in Brussels: the first Mon/Wed/Fri is Wednesday the 5th.
    let now = utc("2025-02-04T11:00:00Z");
    let ics = to_ics(
        &weekly_reminder(now),
        LONG_DUTCH,
        "abc-123@starttocan",
        now,
        &Brussels,
    )
    .unwrap();
    let unfolded = unfold(&ics);
    let calendar = read_calendar(&unfolded).unwrap();

    let calendar_prop = |name: &str| {
        calendar
            .properties
            .iter()
            .find(|p| p.name == name)
            .map(|p| p.val.as_str().to_owned())
    };
    assert_eq!(calendar_prop("VERSION").as_deref(), Some("2.0"));
    assert_eq!(calendar_prop("CALSCALE").as_deref(), Some("GREGORIAN"));
    assert_eq!(calendar_prop("METHOD").as_deref(), Some("PUBLISH"));
    assert!(calendar_prop("PRODID").is_some());

    let [event] = calendar.components.as_slice() else {
        panic!("expected one component, got {:?}", calendar.components)
    };
    assert_eq!(event.name.as_str(), "VEVENT");
    assert_eq!(prop(event, "UID"), "abc-123@starttocan");
    assert_eq!(prop(event, "DTSTAMP"), "20250204T110000Z");
    assert_eq!(prop(event, "DTSTART"), "20250205T163000");
    assert!(
        event.find_prop("DTSTART").unwrap().params.is_empty(),
        "no TZID"
    );
    assert_eq!(prop(event, "DURATION"), "PT5M");
    assert_eq!(prop(event, "RRULE"), "FREQ=WEEKLY;BYDAY=MO,WE,FR");
    assert_eq!(prop(event, "SUMMARY"), LONG_DUTCH);
    assert_eq!(prop(event, "DESCRIPTION"), LONG_DUTCH);

    let [alarm] = event.components.as_slice() else {
        panic!("expected one alarm, got {:?}", event.components)
    };
    assert_eq!(alarm.name.as_str(), "VALARM");
    assert_eq!(prop(alarm, "ACTION"), "DISPLAY");
    assert_eq!(prop(alarm, "TRIGGER"), "PT0M");
    assert_eq!(prop(alarm, "DESCRIPTION"), LONG_DUTCH);
}

#[test]
fn the_event_reads_back_with_a_floating_start_and_the_same_summary() {
    let now = utc("2025-10-20T08:00:00Z");
    let ics = to_ics(&weekly_reminder(now), LONG_DUTCH, "abc-123", now, &Helsinki).unwrap();
    let calendar: icalendar::Calendar = ics.parse().unwrap();
    let events: Vec<_> = calendar
        .components
        .iter()
        .filter_map(|component| match component {
            CalendarComponent::Event(event) => Some(event),
            _ => None,
        })
        .collect();
    let [event] = events.as_slice() else {
        panic!("expected one event in {ics}")
    };
    let monday_half_past_four = NaiveDate::from_ymd_opt(2025, 10, 20)
        .unwrap()
        .and_time(hm(16, 30));
    assert_eq!(
        event.get_start(),
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Floating(
            monday_half_past_four
        )))
    );
    assert_eq!(event.get_summary(), Some(LONG_DUTCH));
    assert_eq!(event.get_uid(), Some("abc-123"));
}

#[test]
fn a_once_reminder_reads_back_as_one_event_without_a_rule() {
    let now = utc("2025-03-01T09:00:00Z");
    let today = NaiveDate::from_ymd_opt(2025, 3, 1).unwrap();
    let schedule = Schedule::once_in_days(today, 14, hm(9, 15)).unwrap();
    let reminder = ReminderSettings::new(schedule, Message::default(), now).unwrap();
    let ics = to_ics(
        &reminder,
        "Tijd voor Start To Can!",
        "once-1",
        now,
        &Brussels,
    )
    .unwrap();
    let unfolded = unfold(&ics);
    let calendar = read_calendar(&unfolded).unwrap();
    let [event] = calendar.components.as_slice() else {
        panic!("one event expected")
    };
    assert_eq!(prop(event, "DTSTART"), "20250315T091500");
    assert!(event.find_prop("RRULE").is_none());
    assert_eq!(event.components.len(), 1, "one VALARM");
}
