//! The shares the phone keeps and their outbox: what was sent to which coach, and what still has
//! to go (a send, an update, a delete) while the phone is offline or the server does not answer.
//!
//! The rules:
//! - a send, an update and a delete wait in the outbox until the server took them; a try that
//!   failed for a passing reason (no connection, a busy server, a full mailbox) is tried again
//!   after [`retry_delay`], and at once when the phone comes online;
//! - a failure that trying again cannot fix (the coach's mailbox is gone, the summary is too
//!   long, the server refuses it) stops the outbox for that share and says so;
//! - "your coach has an older version": what would be sent now differs from what the server
//!   took last ([`crate::share::Summary::fingerprint`]); the share screens build that summary;
//! - "you changed something since you shared", on the overview of the youngster's app, which
//!   builds no summaries: the journey's [`journey_mark`] differs from the one noted when the coach
//!   last had everything ([`ShareRecord::checked`]), or the server's copy expired;
//! - an answer that comes back for an older try never undoes a newer change (an update tapped
//!   while the send before it was on its way stays in the outbox).

use serde::{Deserialize, Serialize};

use chrono::NaiveDate;

use super::coach::CoachMailbox;
use super::summary::{Scope, Summary, fingerprint_of};
use crate::journey::Journey;

/// How long the server keeps an item that is not refreshed (its default `--retention-days`).
pub const RETENTION_DAYS: u32 = 180;

/// Everything about sharing that the phone keeps, in the state document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Sharing {
    pub shares: Vec<ShareRecord>,
}

/// One coach the youngster shares with.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ShareRecord {
    pub coach: CoachMailbox,
    pub scope: Scope,
    /// The item's id in the coach's mailbox: random, so it says nothing about the youngster.
    pub item_id: String,
    /// The secret that lets this phone (and only it) replace or delete the item.
    pub item_secret: String,
    /// When the youngster consented (milliseconds since the epoch).
    pub consented_at: u64,
    /// What the server took last.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub sent: Option<Sent>,
    /// What still has to go.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub outbox: Option<Outgoing>,
    /// The [`journey_mark`] when the share screens last saw that the coach has (or will have,
    /// once the outbox sent it) everything of the journey: at consent, at update, and whenever
    /// they show "your coach has your latest version". `None` for a share noted before marks.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub checked: Option<String>,
}

/// What the coach has.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Sent {
    pub fingerprint: String,
    /// When the server took it (milliseconds since the epoch).
    pub at: u64,
    /// Until when the server keeps it unless it is refreshed (RFC 3339, the server's answer).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub expires_at: Option<String>,
}

/// A request waiting in the outbox.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Outgoing {
    pub action: Action,
    pub queued_at: u64,
    #[serde(default)]
    pub tries: u32,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub last_try: Option<u64>,
    /// Why the last try did not go through.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub problem: Option<Problem>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Action {
    /// Put this summary (JSON, sealed only when it goes: the answers are on the phone anyway).
    Send {
        summary: String,
        fingerprint: String,
    },
    /// Delete the item from the coach's mailbox.
    Delete,
}

/// Why a request did not go through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Problem {
    /// No connection, or the server did not answer.
    Offline,
    /// The server is busy or has a problem of its own.
    ServerBusy,
    /// The coach's mailbox is full.
    MailboxFull,
    /// The coach's mailbox no longer exists.
    CoachGone,
    /// The summary is too long to seal.
    TooLong,
    /// The server refused the request (it is not this phone's item, or the request is wrong).
    Refused,
}

impl Problem {
    /// Whether trying again later can help.
    pub fn passes(self) -> bool {
        matches!(
            self,
            Problem::Offline | Problem::ServerBusy | Problem::MailboxFull
        )
    }
}

/// What became of one try, as the app saw it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum TryResult {
    /// The server answered with this status; a send's receipt names when the item expires.
    Answered {
        status: u16,
        expires_at: Option<String>,
    },
    /// No answer: no connection, or the server is not reachable.
    NoConnection,
    /// The summary could not be sealed: it is too long.
    TooLong,
    /// The summary could not be sealed: the coach's key is not a key.
    BadKey,
}

/// What the app tried, so that the answer is applied to what it was for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Attempt {
    Send { fingerprint: String },
    Delete,
}

/// One request the outbox wants made now.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Due {
    pub coach: CoachMailbox,
    pub item_id: String,
    pub item_secret: String,
    pub what: DueAction,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DueAction {
    Send {
        summary: String,
        fingerprint: String,
    },
    Delete,
}

impl Due {
    pub fn attempt(&self) -> Attempt {
        match &self.what {
            DueAction::Send { fingerprint, .. } => Attempt::Send {
                fingerprint: fingerprint.clone(),
            },
            DueAction::Delete => Attempt::Delete,
        }
    }
}

/// What a share shows the youngster.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ShareStatus {
    /// Waiting in the outbox: the first send (`update: false`) or a newer version. `problem`
    /// says why the last try did not go, if one was made.
    Sending {
        update: bool,
        problem: Option<Problem>,
    },
    /// "Stop sharing" waits until the server deleted the coach's copy.
    Stopping { problem: Option<Problem> },
    /// The coach has what would be sent now.
    UpToDate,
    /// The coach has an older version: offer "update".
    Older,
    /// The server no longer keeps what was sent (it was not refreshed in time).
    Expired,
    /// It cannot go, and trying again will not help.
    Failed(Problem),
}

/// How long to wait after the `tries`-th failed try: 5 s, 10 s, 20 s, then every 30 s.
pub fn retry_delay(tries: u32) -> u64 {
    const FIRST_MS: u64 = 5_000;
    const MAX_MS: u64 = 30_000;
    let doublings = tries.saturating_sub(1).min(16);
    (FIRST_MS << doublings).min(MAX_MS)
}

/// What an answer means for the request it answers.
enum Verdict {
    Done,
    Failed(Problem),
}

fn verdict(attempt: &Attempt, result: &TryResult) -> Verdict {
    let status = match result {
        TryResult::NoConnection => return Verdict::Failed(Problem::Offline),
        TryResult::TooLong => return Verdict::Failed(Problem::TooLong),
        TryResult::BadKey => return Verdict::Failed(Problem::Refused),
        TryResult::Answered { status, .. } => *status,
    };
    match (attempt, status) {
        (_, 200..=299) => Verdict::Done,
        // Nothing left to delete: it expired, the coach deleted it, or it never arrived.
        (Attempt::Delete, 400..=499) if status != 408 && status != 429 => Verdict::Done,
        (Attempt::Send { .. }, 404) => Verdict::Failed(Problem::CoachGone),
        (Attempt::Send { .. }, 409) => Verdict::Failed(Problem::MailboxFull),
        (_, 408 | 429) | (_, 500..) => Verdict::Failed(Problem::ServerBusy),
        _ => Verdict::Failed(Problem::Refused),
    }
}

/// Whether a delete is over: the server deleted the item, or there is none to delete.
pub fn delete_went_through(result: &TryResult) -> bool {
    matches!(verdict(&Attempt::Delete, result), Verdict::Done)
}

impl Outgoing {
    fn new(action: Action, now: u64) -> Outgoing {
        Outgoing {
            action,
            queued_at: now,
            tries: 0,
            last_try: None,
            problem: None,
        }
    }

    /// When to try next; `None` when trying again cannot help.
    pub fn next_try_at(&self) -> Option<u64> {
        match (self.problem, self.last_try) {
            (Some(problem), _) if !problem.passes() => None,
            (_, Some(last)) if self.tries > 0 => Some(last + retry_delay(self.tries)),
            _ => Some(self.queued_at),
        }
    }
}

impl ShareRecord {
    /// What this share shows, given the fingerprint of the summary that would be sent now and
    /// today's date (`YYYY-MM-DD`, to compare with the server's expiry).
    pub fn status(&self, fingerprint_now: &str, today: &str) -> ShareStatus {
        if let Some(outgoing) = &self.outbox {
            return match (&outgoing.action, outgoing.problem) {
                (_, Some(problem)) if !problem.passes() => ShareStatus::Failed(problem),
                (Action::Send { .. }, problem) => ShareStatus::Sending {
                    update: self.sent.is_some(),
                    problem,
                },
                (Action::Delete, problem) => ShareStatus::Stopping { problem },
            };
        }
        match &self.sent {
            None => ShareStatus::Older,
            Some(_) if self.copy_expired(today) => ShareStatus::Expired,
            Some(sent) if sent.fingerprint == fingerprint_now => ShareStatus::UpToDate,
            Some(_) => ShareStatus::Older,
        }
    }

    /// Whether the server no longer keeps what it took (its expiry lies before `today`).
    fn copy_expired(&self, today: &str) -> bool {
        self.sent
            .as_ref()
            .and_then(|sent| sent.expires_at.as_deref())
            .is_some_and(|at| expired(at, today))
    }

    /// The day the server's copy expires, when known.
    pub fn expires_on(&self) -> Option<NaiveDate> {
        let at = self.sent.as_ref()?.expires_at.as_deref()?;
        let mut parts = at.get(..10)?.split('-').map(str::parse::<u32>);
        let (year, month, day) = (
            parts.next()?.ok()?,
            parts.next()?.ok()?,
            parts.next()?.ok()?,
        );
        NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
    }
}

/// `expires_at` of the server's receipt for a put item, if the body is one.
pub fn receipt_expires_at(body: &str) -> Option<String> {
    #[derive(Deserialize)]
    struct Receipt {
        expires_at: String,
    }
    serde_json::from_str::<Receipt>(body)
        .ok()
        .map(|r| r.expires_at)
}

/// Whether an RFC 3339 expiry lies before `today` (`YYYY-MM-DD`): ISO dates compare as text.
fn expired(expires_at: &str, today: &str) -> bool {
    expires_at.get(..10).is_some_and(|day| day < today)
}

impl Sharing {
    pub fn is_empty(&self) -> bool {
        self.shares.is_empty()
    }

    pub fn share(&self, item_id: &str) -> Option<&ShareRecord> {
        self.shares.iter().find(|s| s.item_id == item_id)
    }

    fn share_mut(&mut self, item_id: &str) -> Option<&mut ShareRecord> {
        self.shares.iter_mut().find(|s| s.item_id == item_id)
    }

    /// The youngster consented: the summary waits in the outbox for `coach`. Sharing again with
    /// a coach already shared with keeps that share's item (the coach gets one copy, replaced)
    /// and takes the new scope. Returns the item id.
    pub fn consent(
        &mut self,
        coach: CoachMailbox,
        scope: Scope,
        summary: &Summary,
        new_item: (String, String),
        now: u64,
    ) -> String {
        let send = Outgoing::new(send_action(summary), now);
        if let Some(share) = self.shares.iter_mut().find(|s| s.coach.code == coach.code) {
            share.coach = coach;
            share.scope = scope;
            share.consented_at = now;
            share.outbox = Some(send);
            return share.item_id.clone();
        }
        let (item_id, item_secret) = new_item;
        self.shares.push(ShareRecord {
            coach,
            scope,
            item_id: item_id.clone(),
            item_secret,
            consented_at: now,
            sent: None,
            outbox: Some(send),
            checked: None,
        });
        item_id
    }

    /// "Update": the summary built now waits in the outbox, in place of anything waiting
    /// before. Nothing happens to a share that is being stopped. Whether it was queued.
    pub fn update(&mut self, item_id: &str, summary: &Summary, now: u64) -> bool {
        let Some(share) = self.share_mut(item_id) else {
            return false;
        };
        if matches!(&share.outbox, Some(o) if o.action == Action::Delete) {
            return false;
        }
        share.outbox = Some(Outgoing::new(send_action(summary), now));
        true
    }

    /// "Stop sharing": a delete of the coach's copy waits in the outbox, in place of anything
    /// waiting before, and the share goes once the server confirms. Also when no send went out
    /// yet: one may be on its way, and a delete of nothing is harmless.
    pub fn stop(&mut self, item_id: &str, now: u64) {
        if let Some(share) = self.share_mut(item_id) {
            share.outbox = Some(Outgoing::new(Action::Delete, now));
        }
    }

    /// The requests to make now, oldest first.
    pub fn due(&self, now: u64) -> Vec<Due> {
        let mut due: Vec<(u64, Due)> = self
            .shares
            .iter()
            .filter_map(|share| {
                let outgoing = share.outbox.as_ref()?;
                let at = outgoing.next_try_at().filter(|at| *at <= now)?;
                let what = match &outgoing.action {
                    Action::Send {
                        summary,
                        fingerprint,
                    } => DueAction::Send {
                        summary: summary.clone(),
                        fingerprint: fingerprint.clone(),
                    },
                    Action::Delete => DueAction::Delete,
                };
                Some((
                    at,
                    Due {
                        coach: share.coach.clone(),
                        item_id: share.item_id.clone(),
                        item_secret: share.item_secret.clone(),
                        what,
                    },
                ))
            })
            .collect();
        due.sort_by_key(|(at, _)| *at);
        due.into_iter().map(|(_, due)| due).collect()
    }

    /// When the outbox next wants to try something, if ever.
    pub fn next_try_at(&self) -> Option<u64> {
        self.shares
            .iter()
            .filter_map(|s| s.outbox.as_ref()?.next_try_at())
            .min()
    }

    /// The phone just came online: every request that failed for a passing reason is due now.
    pub fn retry_now(&mut self) {
        for outgoing in self.shares.iter_mut().filter_map(|s| s.outbox.as_mut()) {
            if outgoing.problem.is_some_and(Problem::passes) {
                // Due since it was queued; a failure now waits as long as the next one would.
                outgoing.last_try = None;
            }
        }
    }

    /// Applies what became of a try. An answer for an older request than the one waiting now
    /// (an update tapped meanwhile) records what the coach has and leaves the newer one waiting.
    pub fn finish(&mut self, item_id: &str, attempt: &Attempt, result: &TryResult, now: u64) {
        let Some(index) = self.shares.iter().position(|s| s.item_id == item_id) else {
            return;
        };
        let share = &mut self.shares[index];
        let current = share
            .outbox
            .as_ref()
            .is_some_and(|o| match (&o.action, attempt) {
                (Action::Send { fingerprint, .. }, Attempt::Send { fingerprint: tried }) => {
                    fingerprint == tried
                }
                (Action::Delete, Attempt::Delete) => true,
                _ => false,
            });
        match verdict(attempt, result) {
            Verdict::Done => match attempt {
                Attempt::Delete if current => {
                    self.shares.remove(index);
                }
                Attempt::Delete => {}
                Attempt::Send { fingerprint } => {
                    let expires_at = match result {
                        TryResult::Answered { expires_at, .. } => expires_at.clone(),
                        _ => None,
                    };
                    share.sent = Some(Sent {
                        fingerprint: fingerprint.clone(),
                        at: now,
                        expires_at,
                    });
                    if current {
                        share.outbox = None;
                    }
                }
            },
            Verdict::Failed(problem) => {
                if let Some(outgoing) = share.outbox.as_mut().filter(|_| current) {
                    outgoing.tries += 1;
                    outgoing.last_try = Some(now);
                    outgoing.problem = Some(problem);
                }
            }
        }
    }

    /// The share screens saw that the coach has everything of the journey marked `mark`.
    /// Whether that changed the record (a screen that only looks writes nothing).
    pub fn note_checked(&mut self, item_id: &str, mark: &str) -> bool {
        match self.share_mut(item_id) {
            Some(share) if share.checked.as_deref() != Some(mark) => {
                share.checked = Some(mark.to_owned());
                true
            }
            _ => false,
        }
    }

    /// Whether the overview says "you changed something since you shared": for a share that is
    /// not being stopped, the journey (its `mark` now) changed since the coach last had all of
    /// it, or the server no longer keeps the copy. It may be a change outside what is shared:
    /// the share screens then show the coach's copy as up to date, and note the mark.
    pub fn changed_since_shared(&self, mark: &str, today: &str) -> bool {
        self.shares.iter().any(|share| {
            let stopping = matches!(&share.outbox, Some(o) if o.action == Action::Delete);
            let changed = share
                .checked
                .as_deref()
                .is_some_and(|checked| checked != mark);
            let expired_copy = share.outbox.is_none() && share.copy_expired(today);
            !stopping && (changed || expired_copy)
        })
    }

    /// What "delete everything" must still delete on the server: every share's item (one that
    /// may never have arrived too: a delete of nothing is harmless).
    pub fn items_to_delete(&self) -> Vec<super::leftover::LeftoverDelete> {
        self.shares
            .iter()
            .map(|share| {
                super::leftover::LeftoverDelete::new(
                    &share.coach.code,
                    &share.item_id,
                    &share.item_secret,
                )
            })
            .collect()
    }
}

/// What of the journey can reach a summary, as a short fingerprint: the journey without where
/// the youngster is in it (the question on screen, the exercises opened, the last one opened,
/// the tips seen). The youngster's app compares marks without building a summary.
pub fn journey_mark(journey: &Journey) -> String {
    let mut content = journey.clone();
    content.positions.clear();
    content.opened.clear();
    content.last_opened = None;
    content.discoveries_seen.clear();
    let json = serde_json::to_vec(&content).expect("a journey always serialises");
    fingerprint_of(&json)
}

fn send_action(summary: &Summary) -> Action {
    Action::Send {
        summary: summary.to_json(),
        fingerprint: summary.fingerprint(),
    }
}

#[cfg(test)]
mod tests;
