//! Asking the browser to keep the app's storage (`navigator.storage.persist()`), so that it is
//! not cleared when the phone runs low on space. Asked once, after the first saved answer
//! (the rule is `stc_core::offline::persistence_due`).

use wasm_bindgen_futures::JsFuture;

use super::browser;

/// Asks the browser in the background; the answer is only logged. The caller records that it
/// asked (`persistence_asked`) in the same save as the answer, so it asks once.
pub fn ask() {
    wasm_bindgen_futures::spawn_local(async {
        match request().await {
            Ok(kept) => leptos::logging::log!("storage is kept by the browser: {kept}"),
            Err(reason) => leptos::logging::warn!("could not ask to keep the storage: {reason}"),
        }
    });
}

/// Asks; `Ok(true)` when the browser grants it.
async fn request() -> Result<bool, String> {
    let window = web_sys::window().ok_or("no window")?;
    let navigator = window.navigator();
    let supported = js_sys::Reflect::has(&navigator, &"storage".into()).unwrap_or(false);
    if !supported {
        return Err("this browser has no navigator.storage".into());
    }
    let promise = navigator
        .storage()
        .persist()
        .map_err(|e| browser::describe(&e))?;
    let granted = JsFuture::from(promise)
        .await
        .map_err(|e| browser::describe(&e))?;
    Ok(granted.as_bool().unwrap_or(false))
}
