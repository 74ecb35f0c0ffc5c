//! Turning a wall-clock schedule into instants, in whatever time zone the phone is in.
//!
//! Daylight saving: a time that does not exist (02:30 on the spring-forward Sunday) rings at
//! the first instant after the gap (03:00); a time that exists twice (02:30 on the autumn
//! Sunday) rings once, at the earlier instant.

use chrono::{DateTime, TimeZone, Utc};

use super::local_time::resolve_local;
use super::schedule::Schedule;

/// The next `n` times the schedule rings strictly after `after`, earliest first. An invalid
/// schedule never rings.
pub fn next_occurrences<Tz: TimeZone>(
    schedule: &Schedule,
    after: DateTime<Utc>,
    tz: &Tz,
    n: usize,
) -> Vec<DateTime<Utc>> {
    let mut found: Vec<DateTime<Utc>> = Vec::with_capacity(n.min(64));
    if n == 0 || schedule.validate().is_err() {
        return found;
    }
    if let Schedule::Once { at } = schedule {
        found.extend(resolve_local(*at, tz).filter(|instant| *instant > after));
        return found;
    }
    // Start a day early: the occurrence on the previous local date may still lie ahead when
    // a gap pushed it past midnight. Every week rings at least once, so this bound is generous.
    let Some(mut date) = after.with_timezone(tz).date_naive().pred_opt() else {
        return found;
    };
    let last_date_to_try = n.saturating_add(2).saturating_mul(7);
    for _ in 0..last_date_to_try {
        if schedule.rings_on(date) {
            let instant = resolve_local(date.and_time(schedule.time()), tz);
            if let Some(instant) = instant.filter(|instant| {
                *instant > after && found.last().is_none_or(|last| instant > last)
            }) {
                found.push(instant);
                if found.len() == n {
                    break;
                }
            }
        }
        match date.succ_opt() {
            Some(next) => date = next,
            None => break,
        }
    }
    found
}

/// The latest time the schedule rang in `(since, until]`; with no `since`, the latest up to
/// `until`. An invalid schedule never rang.
pub fn last_occurrence_between<Tz: TimeZone>(
    schedule: &Schedule,
    since: Option<DateTime<Utc>>,
    until: DateTime<Utc>,
    tz: &Tz,
) -> Option<DateTime<Utc>> {
    if schedule.validate().is_err() {
        return None;
    }
    let latest = match schedule {
        Schedule::Once { at } => resolve_local(*at, tz).filter(|instant| *instant <= until),
        Schedule::Weekly { .. } => {
            // Walk back from the day after `until` (a gap may push an occurrence over
            // midnight); within nine days a weekly schedule has rung.
            let mut date = until.with_timezone(tz).date_naive().succ_opt()?;
            let mut latest = None;
            for _ in 0..9 {
                if schedule.rings_on(date) {
                    let instant = resolve_local(date.and_time(schedule.time()), tz);
                    if let Some(instant) = instant.filter(|instant| *instant <= until) {
                        latest = Some(instant);
                        break;
                    }
                }
                date = date.pred_opt()?;
            }
            latest
        }
    }?;
    since.is_none_or(|since| latest > since).then_some(latest)
}

#[cfg(test)]
mod tests {
    use chrono::{Datelike, NaiveDate, NaiveTime, Weekday, WeekdaySet};
    use chrono_tz::Europe::{Brussels, Helsinki};
    use chrono_tz::Tz;
    use proptest::prelude::*;

    use super::*;
    use crate::reminders::test_support::{hm, utc};

    fn daily_at(time: NaiveTime) -> Schedule {
        Schedule::weekly(WeekdaySet::ALL, time).unwrap()
    }

    /// The instants as the phone shows them: `"2025-03-30 03:00 +02:00"`.
    fn shown(instants: &[DateTime<Utc>], tz: &Tz) -> Vec<String> {
        instants
            .iter()
            .map(|instant| instant.with_timezone(tz).format("%F %H:%M %:z").to_string())
            .collect()
    }

    #[test]
    fn a_weekly_reminder_on_several_days_rings_in_order_on_those_days_at_that_time() {
        let days = WeekdaySet::from_array([Weekday::Mon, Weekday::Wed, Weekday::Sat]);
        let schedule = Schedule::weekly(days, hm(16, 30)).unwrap();
        // Wednesday 5 February 2025, 17:00 in Brussels: today's 16:30 has passed.
        let after = utc("2025-02-05T16:00:00Z");
        let next = next_occurrences(&schedule, after, &Brussels, 4);
        assert_eq!(
            shown(&next, &Brussels),
            [
                "2025-02-08 16:30 +01:00",
                "2025-02-10 16:30 +01:00",
                "2025-02-12 16:30 +01:00",
                "2025-02-15 16:30 +01:00",
            ]
        );
    }

    #[test]
    fn a_weekly_reminder_later_today_rings_today() {
        let schedule = Schedule::weekly(WeekdaySet::single(Weekday::Wed), hm(16, 30)).unwrap();
        let next = next_occurrences(&schedule, utc("2025-02-05T15:29:00Z"), &Brussels, 1);
        assert_eq!(shown(&next, &Brussels), ["2025-02-05 16:30 +01:00"]);
    }

    #[test]
    fn a_once_reminder_rings_once_and_not_after_it_passed() {
        let today = NaiveDate::from_ymd_opt(2025, 6, 2).unwrap();
        let schedule = Schedule::once_in_days(today, 5, hm(18, 0)).unwrap();
        let next = next_occurrences(&schedule, utc("2025-06-02T10:00:00Z"), &Helsinki, 3);
        assert_eq!(shown(&next, &Helsinki), ["2025-06-07 18:00 +03:00"]);
        assert!(next_occurrences(&schedule, next[0], &Helsinki, 3).is_empty());
    }

    #[test]
    fn asking_for_no_occurrences_or_with_an_invalid_schedule_gives_none() {
        let after = utc("2025-02-05T16:00:00Z");
        assert!(next_occurrences(&daily_at(hm(9, 0)), after, &Brussels, 0).is_empty());
        let no_days = Schedule::Weekly {
            days: WeekdaySet::EMPTY,
            time: hm(9, 0),
        };
        assert!(next_occurrences(&no_days, after, &Brussels, 5).is_empty());
        assert_eq!(
            last_occurrence_between(&no_days, None, after, &Brussels),
            None
        );
    }

    #[test]
    fn a_time_skipped_in_spring_rings_at_the_end_of_the_gap_in_brussels() {
        // Sunday 30 March 2025: Brussels goes from 02:00 CET straight to 03:00 CEST.
        let next = next_occurrences(
            &daily_at(hm(2, 30)),
            utc("2025-03-29T12:00:00Z"),
            &Brussels,
            3,
        );
        assert_eq!(
            shown(&next, &Brussels),
            [
                "2025-03-30 03:00 +02:00",
                "2025-03-31 02:30 +02:00",
                "2025-04-01 02:30 +02:00"
            ]
        );
        assert_eq!(next[0], utc("2025-03-30T01:00:00Z"));
    }

    #[test]
    fn a_time_skipped_in_spring_rings_at_the_end_of_the_gap_in_helsinki() {
        // Sunday 30 March 2025: Helsinki goes from 03:00 EET straight to 04:00 EEST.
        let next = next_occurrences(
            &daily_at(hm(3, 30)),
            utc("2025-03-29T12:00:00Z"),
            &Helsinki,
            2,
        );
        assert_eq!(
            shown(&next, &Helsinki),
            ["2025-03-30 04:00 +03:00", "2025-03-31 03:30 +03:00"]
        );
    }

    #[test]
    fn a_time_that_happens_twice_in_autumn_rings_once_at_the_first_in_brussels() {
        // Sunday 26 October 2025: Brussels goes from 03:00 CEST back to 02:00 CET.
        let next = next_occurrences(
            &daily_at(hm(2, 30)),
            utc("2025-10-24T12:00:00Z"),
            &Brussels,
            3,
        );
        assert_eq!(
            shown(&next, &Brussels),
            [
                "2025-10-25 02:30 +02:00",
                "2025-10-26 02:30 +02:00",
                "2025-10-27 02:30 +01:00"
            ]
        );
    }

    #[test]
    fn a_time_that_happens_twice_in_autumn_rings_once_at_the_first_in_helsinki() {
        // Sunday 26 October 2025: Helsinki goes from 04:00 EEST back to 03:00 EET.
        let next = next_occurrences(
            &daily_at(hm(3, 30)),
            utc("2025-10-25T12:00:00Z"),
            &Helsinki,
            2,
        );
        assert_eq!(
            shown(&next, &Helsinki),
            ["2025-10-26 03:30 +03:00", "2025-10-27 03:30 +02:00"]
        );
        // Right after the first 03:30 the repeated 03:30 does not ring again.
        let after_first = next_occurrences(&daily_at(hm(3, 30)), next[0], &Helsinki, 1);
        assert_eq!(after_first, [next[1]]);
    }

    #[test]
    fn nine_oclock_stays_nine_oclock_across_both_changes_in_both_zones() {
        let nine = daily_at(hm(9, 0));
        let cases = [
            (
                Brussels,
                "2025-03-28T12:00:00Z",
                ["2025-03-29T08:00:00Z", "2025-03-30T07:00:00Z"],
            ),
            (
                Brussels,
                "2025-10-24T12:00:00Z",
                ["2025-10-25T07:00:00Z", "2025-10-26T08:00:00Z"],
            ),
            (
                Helsinki,
                "2025-03-28T12:00:00Z",
                ["2025-03-29T07:00:00Z", "2025-03-30T06:00:00Z"],
            ),
            (
                Helsinki,
                "2025-10-24T12:00:00Z",
                ["2025-10-25T06:00:00Z", "2025-10-26T07:00:00Z"],
            ),
        ];
        for (tz, after, expected) in cases {
            let next = next_occurrences(&nine, utc(after), &tz, 2);
            assert_eq!(next, expected.map(utc), "{tz} after {after}");
        }
    }

    #[test]
    fn the_last_occurrence_is_the_latest_up_to_now_and_only_after_since() {
        let days = WeekdaySet::from_array([Weekday::Tue, Weekday::Thu]);
        let schedule = Schedule::weekly(days, hm(16, 0)).unwrap();
        // Monday 10 February 2025, noon in Brussels: the last one was Thursday the 6th.
        let now = utc("2025-02-10T11:00:00Z");
        let thursday = utc("2025-02-06T15:00:00Z");
        assert_eq!(
            last_occurrence_between(&schedule, None, now, &Brussels),
            Some(thursday)
        );
        let tuesday_before = Some(utc("2025-02-04T15:00:00Z"));
        assert_eq!(
            last_occurrence_between(&schedule, tuesday_before, now, &Brussels),
            Some(thursday)
        );
        assert_eq!(
            last_occurrence_between(&schedule, Some(thursday), now, &Brussels),
            None
        );
        assert_eq!(
            last_occurrence_between(&schedule, None, thursday, &Brussels),
            Some(thursday)
        );
    }

    fn zone() -> impl Strategy<Value = Tz> {
        prop_oneof![Just(Brussels), Just(Helsinki)]
    }

    fn weekly_schedule() -> impl Strategy<Value = Schedule> {
        (1u8..128, 0u32..24, 0u32..60).prop_map(|(mask, hour, minute)| {
            let days = (0..7)
                .filter(|bit| mask & (1 << bit) != 0)
                .map(|bit| Weekday::try_from(bit).unwrap())
                .collect();
            Schedule::weekly(days, hm(hour, minute)).unwrap()
        })
    }

    fn instant_around_now() -> impl Strategy<Value = DateTime<Utc>> {
        // 2020 to 2035, to the second.
        (1_577_836_800i64..2_082_758_400)
            .prop_map(|seconds| DateTime::from_timestamp(seconds, 0).unwrap())
    }

    proptest! {
        #[test]
        fn weekly_occurrences_are_after_in_order_on_chosen_days_at_the_chosen_time(
            schedule in weekly_schedule(), after in instant_around_now(), tz in zone()
        ) {
            let Schedule::Weekly { days, time } = schedule else { unreachable!() };
            let next = next_occurrences(&schedule, after, &tz, 12);
            prop_assert_eq!(next.len(), 12);
            prop_assert!(next[0] > after);
            prop_assert!(next.windows(2).all(|pair| pair[0] < pair[1]));
            for instant in next {
                let local = instant.with_timezone(&tz);
                prop_assert!(days.contains(local.weekday()));
                let time_exists = tz.from_local_datetime(&local.date_naive().and_time(time)).earliest().is_some();
                prop_assert!(local.time() == time || !time_exists);
            }
        }

        #[test]
        fn the_last_occurrence_up_to_now_is_followed_by_the_next_one_after_now(
            schedule in weekly_schedule(), now in instant_around_now(), tz in zone()
        ) {
            let last = last_occurrence_between(&schedule, None, now, &tz).unwrap();
            prop_assert!(last <= now);
            let following = next_occurrences(&schedule, last, &tz, 1);
            prop_assert!(following[0] > now);
        }
    }
}
