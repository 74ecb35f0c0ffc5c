//! "Deel met je coach": the youngster's side of sharing, as plain data and rules.
//!
//! - [`summary`]: the versioned summary built from the journey, the pack and the chosen scope
//!   (only what is in scope is in it), which the coach's app reads;
//! - [`coach`]: the coach's code as typed or opened, and the server's answer to its look-up;
//! - [`outbox`]: the shares the phone keeps (coach, scope, item id and secret, what was sent
//!   and when) and the outbox rules for sends, updates and deletes;
//! - [`message`]: the summary's JSON deflated, as it goes inside the sealed box;
//! - [`leftover`]: the deletes that outlive "delete everything" until the server confirms them.
//!
//! The summary is sealed to the coach's key with [`crate::seal`] only when it goes, in a small
//! wasm module of its own (`crates/seal-web`), so the youngster's app does not carry the crypto.

pub mod coach;
pub mod example;
mod given;
pub mod leftover;
pub mod message;
pub mod outbox;
pub mod summary;

pub use coach::{
    CoachError, CoachMailbox, LookupProblem, coach_from_lookup, parse_code, read_lookup, token,
};
pub use given::{SharedAnswer, SharedExercise};
pub use leftover::{LEFTOVER_KEY, LeftoverDelete};
pub use message::{MessageError, pack_message, unpack_message};
pub use outbox::{
    Action, Attempt, Due, DueAction, Outgoing, Problem, RETENTION_DAYS, Sent, ShareRecord,
    ShareStatus, Sharing, TryResult, delete_went_through, journey_mark, retry_delay,
};
pub use summary::{IslandShared, SUMMARY_FORMAT, Scope, Summary, SummaryError, build_summary};
