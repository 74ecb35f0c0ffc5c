//! Copies of saved data the app could not read: listed in Settings and the notice, downloadable
//! as a file, removable by the youngster.

use stc_core::storage::{self, SetAsideCopy};

use crate::platform::files;
use crate::platform::storage::BrowserStorage;

/// Every set-aside copy, oldest first (none when the storage cannot be read).
pub fn copies() -> Vec<SetAsideCopy> {
    storage::set_aside_copies(&BrowserStorage).unwrap_or_default()
}

/// Hands the copy under `key` to the youngster as a file, exactly as it was saved.
pub fn download(key: &str) -> Result<(), String> {
    let text = storage::read_copy(&BrowserStorage, key)
        .map_err(|e| e.to_string())?
        .ok_or("the copy is gone")?;
    let name = key.rsplit('.').next().unwrap_or("copy");
    files::download(
        &format!("start-to-can-unreadable-{name}.json"),
        "application/json",
        &text,
    )
}

/// Removes the copy under `key` (the youngster asked for it).
pub fn remove(key: &str) -> Result<(), String> {
    storage::remove_copy(&BrowserStorage, key).map_err(|e| e.to_string())
}
