//! The few browser calls the youngster's app and the coach's app make the same way, so each app's
//! `platform/` module keeps only what is its own: `localStorage` as the key-value storage of
//! `stc_core::storage` (where the rules for saved data live), handing over a file as a download,
//! and a readable line from a JavaScript exception.

use stc_core::storage::{KeyValueStorage, StorageError};
use wasm_bindgen::{JsCast, JsValue};

/// The browser's `localStorage`, shared by every tab of this origin.
pub struct BrowserStorage;

impl KeyValueStorage for BrowserStorage {
    fn get(&self, key: &str) -> Result<Option<String>, StorageError> {
        local_storage()?.get_item(key).map_err(refused)
    }

    /// `setItem` either stores the new value or throws (a full quota) and leaves the old one.
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

/// `localStorage`, or why it cannot be used (storage switched off, some private modes).
fn local_storage() -> Result<web_sys::Storage, StorageError> {
    web_sys::window()
        .and_then(|w| w.local_storage().ok().flatten())
        .ok_or_else(|| StorageError("localStorage is not available".into()))
}

fn refused(error: JsValue) -> StorageError {
    StorageError(describe(&error))
}

/// Offers `text` as a file download named `file_name`.
pub fn download(file_name: &str, mime_type: &str, text: &str) -> Result<(), String> {
    let document = web_sys::window()
        .and_then(|w| w.document())
        .ok_or("no document")?;
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime_type);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options)
        .map_err(|e| describe(&e))?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).map_err(|e| describe(&e))?;
    let link: web_sys::HtmlAnchorElement = document
        .create_element("a")
        .map_err(|e| describe(&e))?
        .unchecked_into();
    link.set_href(&url);
    link.set_download(file_name);
    link.click();
    let _ = web_sys::Url::revoke_object_url(&url);
    Ok(())
}

/// A readable line from a JavaScript exception, e.g. `QuotaExceededError: the quota has been exceeded`.
pub fn describe(error: &JsValue) -> String {
    let field = |name: &str| {
        js_sys::Reflect::get(error, &JsValue::from_str(name))
            .ok()
            .and_then(|v| v.as_string())
            .unwrap_or_default()
    };
    match (field("name"), field("message")) {
        (name, message) if name.is_empty() && message.is_empty() => format!("{error:?}"),
        (name, message) => format!("{name}: {message}"),
    }
}
