//! `localStorage` as the key-value storage of `stc_core::coach::store`, where the rules for the
//! coach's stored data live (tested natively).

use stc_core::storage::{KeyValueStorage, StorageError};

use super::browser::describe;

/// The browser's `localStorage`, shared by every tab of this origin.
pub struct BrowserStorage;

impl KeyValueStorage for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        local_storage()?.get_item(key).map_err(refused)
    }

    fn set(&self, key: &str, value: &str) -> Result<(), StorageError> {
        local_storage()?.set_item(key, value).map_err(refused)
    }

    fn remove(&self, key: &str) -> Result<(), StorageError> {
        local_storage()?.remove_item(key).map_err(refused)
    }

    fn keys(&self) -> Result<Vec<String>, StorageError> {
        let storage = local_storage()?;
        let length = storage.length().map_err(refused)?;
        Ok((0..length)
            .filter_map(|i| storage.key(i).ok().flatten())
            .collect())
    }
}

fn local_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or_else(|| StorageError("localStorage is not available".into()))
}

fn refused(error: wasm_bindgen::JsValue) -> StorageError {
    StorageError(describe(&error))
}
