//! `localStorage` as the key-value storage of `stc_core::storage`, where every rule about the
//! youngster's saved data lives (tested natively against a fake with two tabs).

use stc_core::storage::{KeyValueStorage, StorageError};

use super::browser;

/// The browser's `localStorage`, shared by every tab of the app.
pub struct BrowserStorage;

impl KeyValueStorage for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        local_storage()?.get_item(key).map_err(describe)
    }

    /// `setItem` either stores the new value or throws (a full quota) and leaves the old one.
    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        local_storage()?.set_item(key, value).map_err(describe)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        local_storage()?.remove_item(key).map_err(describe)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let storage = local_storage()?;
        let length = storage.length().map_err(describe)?;
        Ok((0..length)
            .filter_map(|i| storage.key(i).ok().flatten())
            .collect())
    }
}

/// `localStorage`, or why it cannot be used (storage switched off, some private modes).
fn local_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or_else(|| StorageError("localStorage is not available".into()))
}

fn describe(error: wasm_bindgen::JsValue) -> StorageError {
    StorageError(browser::describe(&error))
}
