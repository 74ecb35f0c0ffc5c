//! The generic sealed mailbox (DESIGN.md §7): an owner (a coach, or a youngster) registers an
//! X25519 public key and gets a short code; anyone with the code drops items sealed to that key
//! (`stc_core::seal`); only the owner, with the secret it got once, lists them. The server holds
//! ciphertext, hashes, codes, public keys, coaches' display names and times: nothing it can read.

pub mod cleanup;
pub mod domain;
pub mod postgres;
pub mod sqlite;
pub mod store;
pub mod tokens;

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::{SystemTime, UNIX_EPOCH};

use crate::configuration::MailboxSettings;
use store::{CleanupPolicy, MailboxStore, Time};

pub const DAY: Time = 24 * 60 * 60;

/// Where "now" comes from, so tests can move time forward to see items expire.
pub trait Clock: Send + Sync + 'static {
    fn now(&self) -> Time;
}

pub struct SystemClock;

impl Clock for SystemClock {
    fn now(&self) -> Time {
        SystemTime::now()
            .duration_since(UNIX_EPOCH)
            .map_or(0, |elapsed| elapsed.as_secs() as Time)
    }
}

/// A clock that stands still until moved (for tests and the clean-up's checks).
pub struct ManualClock(AtomicI64);

impl ManualClock {
    pub fn new(now: Time) -> ManualClock {
        ManualClock(AtomicI64::new(now))
    }

    pub fn advance(&self, seconds: Time) {
        self.0.fetch_add(seconds, Ordering::SeqCst);
    }
}

impl Clock for ManualClock {
    fn now(&self) -> Time {
        self.0.load(Ordering::SeqCst)
    }
}

/// Everything the mailbox routes need.
#[derive(Clone)]
pub struct Mailboxes {
    pub store: Arc<dyn MailboxStore>,
    pub clock: Arc<dyn Clock>,
    pub settings: MailboxSettings,
}

impl Mailboxes {
    pub fn now(&self) -> Time {
        self.clock.now()
    }

    /// When an item written now expires, unless it is replaced before.
    pub fn expiry_of_item_written_at(&self, now: Time) -> Time {
        now + Time::from(self.settings.retention_days) * DAY
    }

    pub fn cleanup_policy(&self) -> CleanupPolicy {
        let now = self.now();
        CleanupPolicy {
            now,
            coach_unused_since: now - Time::from(self.settings.unused_mailbox_days) * DAY,
            youngster_unused_since: now
                - Time::from(self.settings.unused_youngster_mailbox_days) * DAY,
        }
    }
}
