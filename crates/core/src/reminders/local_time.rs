//! What a local wall-clock time means as an instant in the phone's time zone, daylight saving
//! included: a time that happens twice means the earlier instant, a time skipped by the clock
//! going forward means the first instant after the gap.

use chrono::{DateTime, NaiveDateTime, TimeDelta, TimeZone, Timelike, Utc};

/// The longest gap we look past: a day and an hour (Samoa skipped a whole day in 2011).
const MAX_GAP_MINUTES: i64 = 25 * 60;

/// The instant a local wall-clock time means in `tz`: the earlier one when it happens twice,
/// the end of the gap when it does not happen at all.
pub(crate) fn resolve_local<Tz: TimeZone>(local: NaiveDateTime, tz: &Tz) -> Option<DateTime<Utc>> {
    if let Some(instant) = resolve_exactly(local, tz) {
        return Some(instant);
    }
    let whole_minute = local.with_nanosecond(0)?.with_second(0)?;
    (1..=MAX_GAP_MINUTES)
        .find_map(|minutes| resolve_exactly(whole_minute + TimeDelta::minutes(minutes), tz))
}

/// The instant that shows exactly `local` on the phone's clock, the earlier if there are two.
///
/// The round trip matters: some time zones (chrono's `Local` in the browser, through js
/// `Date`) never report a gap and answer with an instant that shows a different local time.
fn resolve_exactly<Tz: TimeZone>(local: NaiveDateTime, tz: &Tz) -> Option<DateTime<Utc>> {
    let instant = tz
        .from_local_datetime(&local)
        .earliest()?
        .with_timezone(&Utc);
    let shown = tz.from_utc_datetime(&instant.naive_utc()).naive_local();
    (shown == local).then_some(instant)
}

#[cfg(test)]
mod tests {
    use chrono::{FixedOffset, MappedLocalTime, NaiveDate, NaiveTime, Offset};
    use chrono_tz::Europe::{Brussels, Helsinki};
    use chrono_tz::Tz;

    use super::*;
    use crate::reminders::test_support::utc;

    fn local(text: &str) -> NaiveDateTime {
        text.parse().unwrap()
    }

    #[test]
    fn an_ordinary_time_means_its_one_instant() {
        assert_eq!(
            resolve_local(local("2025-06-01T09:00:00"), &Brussels),
            Some(utc("2025-06-01T07:00:00Z"))
        );
        assert_eq!(
            resolve_local(local("2025-01-01T09:00:00"), &Helsinki),
            Some(utc("2025-01-01T07:00:00Z"))
        );
    }

    #[test]
    fn a_skipped_time_means_the_end_of_the_gap() {
        // Sunday 30 March 2025: Brussels skips 02:00-03:00 and Helsinki 03:00-04:00, both at 01:00 UTC.
        let end_of_gap = Some(utc("2025-03-30T01:00:00Z"));
        assert_eq!(
            resolve_local(local("2025-03-30T02:00:00"), &Brussels),
            end_of_gap
        );
        assert_eq!(
            resolve_local(local("2025-03-30T02:59:00"), &Brussels),
            end_of_gap
        );
        assert_eq!(
            resolve_local(local("2025-03-30T03:30:00"), &Helsinki),
            end_of_gap
        );
    }

    #[test]
    fn a_time_that_happens_twice_means_the_earlier_instant() {
        // Sunday 26 October 2025: Brussels repeats 02:00-03:00, Helsinki 03:00-04:00.
        assert_eq!(
            resolve_local(local("2025-10-26T02:30:00"), &Brussels),
            Some(utc("2025-10-26T00:30:00Z"))
        );
        assert_eq!(
            resolve_local(local("2025-10-26T03:30:00"), &Helsinki),
            Some(utc("2025-10-26T00:30:00Z"))
        );
    }

    /// A zone that answers like chrono's `Local` in the browser (js `Date`): never a gap or
    /// an ambiguity, a time in a gap is read with the offset from before it.
    #[derive(Clone, Copy, Debug)]
    struct LikeJsDate(Tz);

    impl TimeZone for LikeJsDate {
        type Offset = FixedOffset;

        fn from_offset(_: &FixedOffset) -> Self {
            LikeJsDate(Brussels)
        }

        fn offset_from_local_date(&self, local: &NaiveDate) -> MappedLocalTime<FixedOffset> {
            self.offset_from_local_datetime(&local.and_time(NaiveTime::MIN))
        }

        fn offset_from_local_datetime(
            &self,
            local: &NaiveDateTime,
        ) -> MappedLocalTime<FixedOffset> {
            let instant = match self.0.from_local_datetime(local) {
                MappedLocalTime::Single(t) | MappedLocalTime::Ambiguous(t, _) => t.naive_utc(),
                MappedLocalTime::None => {
                    let before = self
                        .0
                        .offset_from_utc_datetime(&(*local - TimeDelta::days(1)));
                    *local - TimeDelta::seconds(before.fix().local_minus_utc().into())
                }
            };
            MappedLocalTime::Single(self.offset_from_utc_datetime(&instant))
        }

        fn offset_from_utc_date(&self, utc: &NaiveDate) -> FixedOffset {
            self.offset_from_utc_datetime(&utc.and_time(NaiveTime::MIN))
        }

        fn offset_from_utc_datetime(&self, utc: &NaiveDateTime) -> FixedOffset {
            self.0.offset_from_utc_datetime(utc).fix()
        }
    }

    #[test]
    fn a_zone_that_never_reports_a_gap_like_the_browsers_resolves_the_same() {
        let times = [
            "2025-03-30T01:59:00",
            "2025-03-30T02:00:00",
            "2025-03-30T02:30:00",
            "2025-03-30T03:00:00",
            "2025-03-30T03:30:00",
            "2025-03-30T04:00:00",
            "2025-10-26T02:30:00",
            "2025-10-26T03:00:00",
            "2025-10-26T03:30:00",
            "2025-10-26T04:00:00",
            "2025-07-14T09:00:00",
        ];
        for zone in [Brussels, Helsinki] {
            for time in times.map(local) {
                let browser = resolve_local(time, &LikeJsDate(zone));
                assert_eq!(browser, resolve_local(time, &zone), "{zone} {time}");
            }
        }
    }
}
