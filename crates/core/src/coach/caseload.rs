//! "My youngsters": every item of the coach's mailbox opened with the coach's secret key
//! ([`crate::seal`]), unpacked ([`crate::share::unpack_message`]) and read as a summary
//! ([`Summary::from_json`]). An item that cannot be opened or read becomes a clear line of its own
//! and never breaks the list; a share the youngster stopped is simply no longer among the items.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chrono::{DateTime, NaiveDate};

use std::collections::BTreeMap;

use super::api::SealedItem;
use super::document::ListOrder;
use super::usage::SharedIsland;
use crate::seal::{SecretKey, open};
use crate::share::summary::fingerprint_of;
use crate::share::{Summary, SummaryError, unpack_message};

/// One youngster's share as the list shows it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Shared {
    pub item_id: String,
    /// When the youngster last sent it (the server's clock, RFC 3339).
    pub updated_at: String,
    pub updated_on: Option<NaiveDate>,
    /// A fingerprint of the sealed share as sent: every send seals anew, so it changes with
    /// every send, even two in the same second.
    pub sent: String,
    pub content: Result<Summary, Unopened>,
}

/// Why a share cannot be shown.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unopened {
    /// It was sealed for another key, or its bytes were changed.
    CannotOpen,
    /// A newer app made it: this coach's app must be updated to read it.
    Newer,
    /// It opened, but it is not a summary.
    CannotRead,
}

impl Shared {
    /// The shared islands that are done, and how many islands were shared.
    pub fn islands_done(&self) -> Option<(usize, usize)> {
        let summary = self.content.as_ref().ok()?;
        let done = summary.islands.iter().filter(|i| i.done).count();
        Some((done, summary.islands.len()))
    }
}

/// Opens one item.
pub fn open_item(secret: &SecretKey, item: &SealedItem) -> Shared {
    Shared {
        item_id: item.id.clone(),
        updated_at: item.updated_at.clone(),
        updated_on: date_of(&item.updated_at),
        sent: fingerprint_of(item.ciphertext.as_bytes()),
        content: read(secret, &item.ciphertext),
    }
}

fn read(secret: &SecretKey, ciphertext: &str) -> Result<Summary, Unopened> {
    let sealed = STANDARD
        .decode(ciphertext)
        .map_err(|_| Unopened::CannotOpen)?;
    let message = open(secret, &sealed).map_err(|_| Unopened::CannotOpen)?;
    let json = unpack_message(&message).map_err(|_| Unopened::CannotRead)?;
    Summary::from_json(&json).map_err(|error| match error {
        SummaryError::NewerFormat { .. } => Unopened::Newer,
        SummaryError::Unreadable(_) => Unopened::CannotRead,
    })
}

/// Every item opened, the latest change first.
pub fn open_all(secret: &SecretKey, items: &[SealedItem]) -> Vec<Shared> {
    let mut shared: Vec<Shared> = items.iter().map(|item| open_item(secret, item)).collect();
    shared.sort_by(|a, b| {
        instant(&b.updated_at)
            .cmp(&instant(&a.updated_at))
            .then_with(|| a.item_id.cmp(&b.item_id))
    });
    shared
}

/// Whether a share was sent again (or first) since the coach last opened it; `seen` is
/// [`super::document::CoachDocument::seen`].
pub fn changed_since_seen(shared: &Shared, seen: &BTreeMap<String, String>) -> bool {
    seen.get(&shared.item_id) != Some(&shared.sent)
}

/// Sorts a list made by [`open_all`] (the latest change first): as it is, or with what changed
/// since the coach last looked first, each part still the latest change first.
pub fn sort(shared: &mut [Shared], order: ListOrder, seen: &BTreeMap<String, String>) {
    if order == ListOrder::ChangedFirst {
        shared.sort_by_key(|s| !changed_since_seen(s, seen));
    }
}

/// The islands of a summary as the use of the tool counts them: done or not, and the 1–7 answer.
pub fn shared_islands(summary: &Summary) -> Vec<SharedIsland> {
    summary
        .islands
        .iter()
        .map(|shared| SharedIsland {
            island: shared.island,
            done: shared.done,
            evaluation: summary
                .overview
                .islands
                .iter()
                .find(|i| i.island == shared.island)
                .and_then(|i| i.evaluation),
        })
        .collect()
}

/// The day of an RFC 3339 time, in the time zone it was written in.
pub fn date_of(rfc3339: &str) -> Option<NaiveDate> {
    DateTime::parse_from_rfc3339(rfc3339)
        .ok()
        .map(|t| t.date_naive())
}

/// Seconds since 1970 for sorting; an unreadable time sorts last.
fn instant(rfc3339: &str) -> i64 {
    DateTime::parse_from_rfc3339(rfc3339).map_or(i64::MIN, |t| t.timestamp())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::IslandId;
    use crate::journey::testing::sample_pack;
    use crate::seal::seal;
    use crate::share::example::fullest_summary;
    use crate::share::pack_message;

    fn summary() -> Summary {
        fullest_summary(
            &sample_pack(),
            NaiveDate::from_ymd_opt(2026, 11, 20).unwrap(),
            20,
            false,
        )
    }

    fn item(id: &str, updated_at: &str, sealed: &[u8]) -> SealedItem {
        SealedItem {
            id: id.into(),
            ciphertext: STANDARD.encode(sealed),
            updated_at: updated_at.into(),
            expires_at: "2027-06-01T00:00:00Z".into(),
        }
    }

    fn sealed_summary(secret: &SecretKey, summary: &Summary) -> Vec<u8> {
        seal(&secret.public_key(), &pack_message(&summary.to_json())).unwrap()
    }

    fn line(id: &str, updated_at: &str, sent: &str) -> Shared {
        Shared {
            item_id: id.into(),
            updated_at: updated_at.into(),
            updated_on: date_of(updated_at),
            sent: sent.into(),
            content: Err(Unopened::CannotOpen),
        }
    }

    fn seen(pairs: &[(&str, &str)]) -> BTreeMap<String, String> {
        pairs
            .iter()
            .map(|(id, sent)| ((*id).to_owned(), (*sent).to_owned()))
            .collect()
    }

    #[test]
    fn a_share_never_opened_or_sent_again_since_is_changed_and_one_opened_since_is_not() {
        let secret = SecretKey::generate();
        let sealed = sealed_summary(&secret, &summary());
        let first = open_item(&secret, &item("a", "2026-11-20T10:00:00Z", &sealed));
        let looked = seen(&[("a", &first.sent)]);
        assert!(changed_since_seen(&first, &BTreeMap::new()));
        assert!(!changed_since_seen(&first, &looked));
        // Sent again within the same second: sealed anew, so still a change.
        let again = sealed_summary(&secret, &summary());
        let second = open_item(&secret, &item("a", "2026-11-20T10:00:00Z", &again));
        assert!(changed_since_seen(&second, &looked));
    }

    #[test]
    fn changed_first_puts_what_changed_before_the_rest_each_newest_first() {
        let seen = seen(&[("a", "1"), ("b", "1"), ("d", "1")]);
        // Newest first, as open_all gives them: a (seen), b (sent again), c (never), d (seen).
        let mut list = vec![
            line("a", "2026-11-25T10:00:00Z", "1"),
            line("b", "2026-11-24T12:00:00Z", "2"),
            line("c", "2026-11-20T10:00:00Z", "1"),
            line("d", "2026-11-24T10:00:00Z", "1"),
        ];
        let ids = |list: &[Shared]| list.iter().map(|s| s.item_id.clone()).collect::<Vec<_>>();
        sort(&mut list, ListOrder::Latest, &seen);
        assert_eq!(ids(&list), ["a", "b", "c", "d"]);
        sort(&mut list, ListOrder::ChangedFirst, &seen);
        assert_eq!(ids(&list), ["b", "c", "a", "d"]);
    }

    #[test]
    fn a_sealed_summary_opens_into_the_same_summary() {
        let secret = SecretKey::generate();
        let summary = summary();
        let shared = open_item(
            &secret,
            &item(
                "a",
                "2026-11-21T09:30:00Z",
                &sealed_summary(&secret, &summary),
            ),
        );
        assert_eq!(shared.content, Ok(summary.clone()));
        assert_eq!(shared.updated_on, NaiveDate::from_ymd_opt(2026, 11, 21));
        let done = summary.islands.iter().filter(|i| i.done).count();
        assert_eq!(shared.islands_done(), Some((done, summary.islands.len())));
    }

    #[test]
    fn a_summary_sent_as_plain_json_inside_the_seal_opens_too() {
        let secret = SecretKey::generate();
        let summary = summary();
        let sealed = seal(&secret.public_key(), summary.to_json().as_bytes()).unwrap();
        assert_eq!(
            open_item(&secret, &item("a", "2026-11-21T09:30:00Z", &sealed)).content,
            Ok(summary)
        );
    }

    #[test]
    fn an_item_that_cannot_be_opened_or_read_is_a_line_of_its_own_and_the_rest_still_opens() {
        let secret = SecretKey::generate();
        let other = SecretKey::generate();
        let good = sealed_summary(&secret, &summary());
        let mut changed = good.clone();
        changed[100] ^= 1;
        let newer = seal(&secret.public_key(), br#"{"format": 9, "later": true}"#).unwrap();
        let not_a_summary = seal(&secret.public_key(), b"{\"hello\": 1}").unwrap();
        let not_a_message = seal(&secret.public_key(), b"\x07binary").unwrap();
        let items = [
            item(
                "for-another",
                "2026-11-01T10:00:00Z",
                &sealed_summary(&other, &summary()),
            ),
            item("changed", "2026-11-02T10:00:00Z", &changed),
            SealedItem {
                ciphertext: "not base64!".into(),
                ..item("garbled", "2026-11-03T10:00:00Z", b"")
            },
            item("newer", "2026-11-04T10:00:00Z", &newer),
            item("not-a-summary", "2026-11-05T10:00:00Z", &not_a_summary),
            item("not-a-message", "2026-11-06T10:00:00Z", &not_a_message),
            item("good", "2026-11-07T10:00:00Z", &good),
        ];
        let list = open_all(&secret, &items);
        let by_id = |id: &str| {
            list.iter()
                .find(|s| s.item_id == id)
                .unwrap()
                .content
                .clone()
                .err()
        };
        assert_eq!(by_id("for-another"), Some(Unopened::CannotOpen));
        assert_eq!(by_id("changed"), Some(Unopened::CannotOpen));
        assert_eq!(by_id("garbled"), Some(Unopened::CannotOpen));
        assert_eq!(by_id("newer"), Some(Unopened::Newer));
        assert_eq!(by_id("not-a-summary"), Some(Unopened::CannotRead));
        assert_eq!(by_id("not-a-message"), Some(Unopened::CannotRead));
        assert_eq!(by_id("good"), None);
        assert_eq!(list.len(), items.len());
    }

    #[test]
    fn the_list_shows_the_latest_change_first() {
        let secret = SecretKey::generate();
        let sealed = sealed_summary(&secret, &summary());
        let items = [
            item("b", "2026-11-02T10:00:00Z", &sealed),
            item("c", "2026-11-03T08:00:00+02:00", &sealed),
            item("a", "2026-11-03T07:00:00Z", &sealed),
            item("d", "yesterday", &sealed),
        ];
        let order: Vec<String> = open_all(&secret, &items)
            .into_iter()
            .map(|s| s.item_id)
            .collect();
        assert_eq!(order, ["a", "c", "b", "d"]);
    }

    #[test]
    fn the_use_of_the_tool_reads_done_and_the_answer_per_shared_island() {
        let summary = summary();
        let islands = shared_islands(&summary);
        assert_eq!(islands.len(), summary.islands.len());
        for shared in &islands {
            let overview = summary
                .overview
                .islands
                .iter()
                .find(|i| i.island == shared.island)
                .unwrap();
            assert_eq!(shared.evaluation, overview.evaluation);
            assert_eq!(shared.done, summary.island_done(shared.island));
        }
        assert!(islands.iter().any(|i| i.island == IslandId::Wonen));
    }

    #[test]
    fn a_time_gives_its_own_day() {
        assert_eq!(
            date_of("2026-11-30T23:30:00-01:00"),
            NaiveDate::from_ymd_opt(2026, 11, 30)
        );
        assert_eq!(date_of("30 November"), None);
    }
}
