//! The rules that keep the youngster's data safe on the phone, across tabs, app versions and
//! "delete everything", written against a small key-value trait so that every rule is tested
//! natively. The app implements the trait with `localStorage` (`src/platform/storage.rs`).
//!
//! The promises:
//! - a failed write (a full phone, private mode) leaves the last good copy exactly as it was;
//! - data that cannot be read is copied aside once, under its own key, and never wiped by the app;
//! - a document of a newer schema is never written over: the tab says a new version is there;
//! - "delete everything" in one tab is final in all of them: no tab writes the old data back;
//! - another tab's saved change is taken before this tab writes its own on top.

mod keeper;
pub(crate) mod set_aside;

#[cfg(test)]
pub(crate) mod fake;
#[cfg(test)]
mod tests;

pub use keeper::{DocumentKeeper, NotMade, Notice, Outcome};
pub use set_aside::{SetAsideCopy, read_copy, remove_copy, set_aside_copies};

/// Why the storage refused: a full quota, or no storage at all (the browser's own words).
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("{0}")]
pub struct StorageError(pub String);

/// The storage the app keeps its document in: text values under text keys, shared by every tab
/// of the app (like `localStorage`). Methods take `&self` because the storage is shared.
pub trait KeyValueStorage {
    /// The value under `key`, or `None` when there is none.
    fn get(&self, key: &str) -> Result<Option<String>, StorageError>;
    /// Stores `value` under `key`. On failure (a full quota) the old value stays as it was.
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError>;
    fn remove(&self, key: &str) -> Result<(), StorageError>;
    /// Every key in the storage, the app's and others'.
    fn keys(&self) -> Result<Vec<String>, StorageError>;
}
