//! Copies of saved data that this app could not read, kept under
//! `start-to-can.unreadable.<milliseconds>` until the youngster downloads or removes them.

use super::{KeyValueStorage, StorageError};
use crate::document::SET_ASIDE_KEY_PREFIX;

/// One set-aside copy.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct SetAsideCopy {
    pub key: String,
    /// When it was set aside (milliseconds since 1970), read from the key.
    pub set_aside_at_millis: Option<u64>,
}

/// Every set-aside copy, oldest first.
pub fn set_aside_copies(storage: &impl KeyValueStorage) -> Result<Vec<SetAsideCopy>, StorageError> {
    copies_under(storage, SET_ASIDE_KEY_PREFIX)
}

/// Every copy set aside under `prefix` (the youngster's, or the coach's), oldest first.
fn copies_under(
    storage: &impl KeyValueStorage,
    prefix: &str,
) -> Result<Vec<SetAsideCopy>, StorageError> {
    let mut copies: Vec<SetAsideCopy> = storage
        .keys()?
        .into_iter()
        .filter_map(|key| {
            let suffix = key.strip_prefix(prefix)?;
            let millis = suffix.split('-').next().and_then(|m| m.parse().ok());
            Some(SetAsideCopy {
                set_aside_at_millis: millis,
                key,
            })
        })
        .collect();
    copies.sort_by(|a, b| (a.set_aside_at_millis, &a.key).cmp(&(b.set_aside_at_millis, &b.key)));
    Ok(copies)
}

/// The text of a set-aside copy; `None` for a key that is not one (or is gone).
pub fn read_copy(
    storage: &impl KeyValueStorage,
    key: &str,
) -> Result<Option<String>, StorageError> {
    if !key.starts_with(SET_ASIDE_KEY_PREFIX) {
        return Ok(None);
    }
    storage.get(key)
}

/// Removes a set-aside copy, at the youngster's request. Other keys are left alone.
pub fn remove_copy(storage: &impl KeyValueStorage, key: &str) -> Result<(), StorageError> {
    if !key.starts_with(SET_ASIDE_KEY_PREFIX) {
        return Ok(());
    }
    storage.remove(key)
}

/// Copies `text` aside and returns its key. Text that is set aside already keeps its copy (two
/// tabs, or a restart, finding the same unreadable data make one copy, not two).
pub(super) fn set_aside_once(
    storage: &impl KeyValueStorage,
    text: &str,
    now_millis: u64,
) -> Result<String, StorageError> {
    set_aside_once_under(storage, SET_ASIDE_KEY_PREFIX, text, now_millis)
}

/// [`set_aside_once`] under another app's `prefix` (the coach's document).
pub(crate) fn set_aside_once_under(
    storage: &impl KeyValueStorage,
    prefix: &str,
    text: &str,
    now_millis: u64,
) -> Result<String, StorageError> {
    let copies = copies_under(storage, prefix)?;
    for copy in &copies {
        if storage.get(&copy.key)?.as_deref() == Some(text) {
            return Ok(copy.key.clone());
        }
    }
    let taken = |key: &str| copies.iter().any(|c| c.key == key);
    let mut key = format!("{prefix}{now_millis}");
    let mut n = 1;
    while taken(&key) {
        key = format!("{prefix}{now_millis}-{n}");
        n += 1;
    }
    storage.set(&key, text)?;
    Ok(key)
}
