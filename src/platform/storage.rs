//! Keeps the state document in `localStorage` (through gloo-storage).
//!
//! Three promises, because these answers matter to the youngster:
//! - a failed write (quota, private mode) leaves the last good copy exactly as it was;
//! - data that cannot be read is copied aside under its own key before anything else is written;
//! - nothing here ever removes data the app could not read.

use gloo_storage::{LocalStorage, Storage};
use stc_core::document::{SET_ASIDE_KEY_PREFIX, STORAGE_KEY};
use stc_core::{AppState, LoadError};

use super::browser;

/// What the app found when it looked for saved data.
#[derive(Debug)]
pub enum Found {
    /// Nothing saved yet: a first start.
    Nothing,
    /// Boxed: the state is large next to the other cases.
    Saved(Box<AppState>),
    /// Saved data that this version cannot read; it was copied to `kept_under`.
    SetAside {
        kept_under: String,
        newer_version: bool,
    },
    /// Saved data that cannot be read *and* could not be copied aside: it must not be overwritten.
    UnreadableAndStuck,
    /// The browser refuses storage altogether.
    Unavailable,
}

/// Reads the saved document; unreadable data is copied aside and then moved out of the way.
pub fn load() -> Found {
    if !available() {
        return Found::Unavailable;
    }
    let storage = LocalStorage::raw();
    let raw = match storage.get_item(STORAGE_KEY) {
        Ok(Some(raw)) => raw,
        Ok(None) => return Found::Nothing,
        Err(_) => return Found::Unavailable,
    };
    match AppState::load(&raw) {
        Ok(state) => Found::Saved(Box::new(state)),
        Err(error) => {
            leptos::logging::warn!("saved data could not be read: {error}");
            let kept_under = format!("{SET_ASIDE_KEY_PREFIX}{}", browser::now_millis());
            if storage.set_item(&kept_under, &raw).is_err() {
                return Found::UnreadableAndStuck;
            }
            // The copy is safe, so the main key may now be cleared for fresh data.
            let _ = storage.remove_item(STORAGE_KEY);
            let newer_version = matches!(error, LoadError::FromNewerVersion { .. });
            Found::SetAside {
                kept_under,
                newer_version,
            }
        }
    }
}

/// Reads the saved state if there is a readable one (used to pick up another tab's changes).
pub fn read_saved() -> Option<AppState> {
    if !available() {
        return None;
    }
    let raw = LocalStorage::raw().get_item(STORAGE_KEY).ok()??;
    AppState::load(&raw).ok()
}

/// Writes the whole state. On failure the stored copy is untouched: `setItem` either stores
/// the new value or throws and leaves the old one.
pub fn save(state: &AppState) -> Result<(), String> {
    if !available() {
        return Err("localStorage is not available".into());
    }
    let json = state.to_json();
    LocalStorage::raw()
        .set_item(STORAGE_KEY, &json)
        .map_err(|e| browser::describe(&e))
}

/// Whether `localStorage` can be used at all (gloo's `raw()` panics when it cannot, and a panic
/// aborts a release build).
fn available() -> bool {
    web_sys::window().is_some_and(|w| matches!(w.local_storage(), Ok(Some(_))))
}

/// Removes everything the app keeps in `localStorage`, set-aside copies included.
pub fn delete_everything() -> Result<(), String> {
    if !available() {
        return Err("localStorage is not available".into());
    }
    let storage = LocalStorage::raw();
    let length = storage.length().map_err(|e| browser::describe(&e))?;
    let ours: Vec<String> = (0..length)
        .filter_map(|i| storage.key(i).ok().flatten())
        .filter(|key| key == STORAGE_KEY || key.starts_with(SET_ASIDE_KEY_PREFIX))
        .collect();
    for key in ours {
        storage
            .remove_item(&key)
            .map_err(|e| browser::describe(&e))?;
    }
    Ok(())
}
