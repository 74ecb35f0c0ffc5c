//! The few browser calls the youngster's app and the coach's app make the same way, so each app's
//! `platform/` module keeps only what is its own: `localStorage` as the key-value storage of
//! `stc_core::storage` (where the rules for saved data live), handing over a file as a download
//! and reading a chosen one, a readable line from a JavaScript exception, the clock, the
//! preferred languages, printing, the service worker container where a page may have one,
//! requests to the server of this origin, and small feature-detected JavaScript calls (`js`).

pub mod js;
pub mod mailbox;

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

/// The text of the first file chosen in a file input.
pub async fn read_chosen_text(input: &web_sys::HtmlInputElement) -> Result<String, String> {
    let file = input
        .files()
        .and_then(|files| files.get(0))
        .ok_or("no file chosen")?;
    let text = wasm_bindgen_futures::JsFuture::from(file.text())
        .await
        .map_err(|e| describe(&e))?;
    text.as_string()
        .ok_or_else(|| "the file is not text".to_owned())
}

/// `navigator.languages`, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    window
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect()
}

/// The device's clock as an ISO 8601 UTC timestamp, e.g. `2026-11-23T10:00:00.000Z`.
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Milliseconds since the epoch.
pub fn now_millis() -> u64 {
    js_sys::Date::now() as u64
}

/// Opens the browser's print dialog (which can also save a PDF).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// The page's service worker container, if this page may have a worker: a secure context whose
/// browser has `navigator.serviceWorker` (not every private mode does).
pub fn service_worker_container() -> Option<web_sys::ServiceWorkerContainer> {
    let window = web_sys::window()?;
    if !window.is_secure_context() {
        return None;
    }
    let navigator = window.navigator();
    let supported =
        js_sys::Reflect::has(&navigator, &JsValue::from_str("serviceWorker")).unwrap_or(false);
    supported.then(|| navigator.service_worker())
}

/// This page's origin, e.g. `https://start.example.be`: the server the mailboxes live on.
pub fn origin() -> String {
    js::window()
        .and_then(|w| js::get(&w, "location"))
        .and_then(|l| js::get(&l, "origin"))
        .and_then(|o| o.as_string())
        .unwrap_or_default()
}

/// Puts `text` on the clipboard; whether the browser took it.
pub async fn copy(text: &str) -> bool {
    let Some(clipboard) = js::navigator().and_then(|n| js::get(&n, "clipboard")) else {
        return false;
    };
    js::call_async(&clipboard, "writeText", &[&JsValue::from_str(text)])
        .await
        .is_ok()
}

/// An answer from the server of this origin: its status and body.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Reply {
    pub status: u16,
    pub body: String,
}

impl Reply {
    pub fn is_success(&self) -> bool {
        (200..300).contains(&self.status)
    }
}

/// Sends `method path` to the server of this origin (`connect-src 'self'`), with the bearer
/// `secret` and the JSON `body` when given; never answered from the HTTP cache (a look-up or a
/// delete must reach the server). `None` when no answer came (offline, or the server is down).
pub async fn request(
    method: &str,
    path: &str,
    secret: Option<&str>,
    body: Option<&str>,
) -> Option<Reply> {
    let window = js::window()?;
    let bearer = secret.map(|s| JsValue::from_str(&format!("Bearer {s}")));
    let json = JsValue::from_str("application/json");
    let mut headers: Vec<(&str, &JsValue)> = Vec::new();
    if let Some(bearer) = &bearer {
        headers.push(("Authorization", bearer));
    }
    if body.is_some() {
        headers.push(("Content-Type", &json));
    }
    let headers = js::object(&headers);
    let method = JsValue::from_str(method);
    let body = body.map(JsValue::from_str).unwrap_or(JsValue::UNDEFINED);
    let no_store = JsValue::from_str("no-store");
    let init = js::object(&[
        ("method", &method),
        ("headers", &headers),
        ("body", &body),
        ("cache", &no_store),
    ]);
    let response = js::call_async(&window, "fetch", &[&JsValue::from_str(path), &init])
        .await
        .ok()?;
    let status = js::get(&response, "status")?.as_f64()? as u16;
    let body = js::call_async(&response, "text", &[])
        .await
        .ok()
        .and_then(|text| text.as_string())
        .unwrap_or_default();
    Some(Reply { status, body })
}

/// Scrolls the page back to the top, e.g. when the next question shows.
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Moves the keyboard and screen-reader focus to the first element that matches `selector`,
/// once the screen has been drawn (the element may only just be coming). A heading or message
/// that cannot take focus is made focusable by script only (`tabindex="-1"`), so Tab does not
/// stop there. Nothing happens when there is no such element.
pub fn focus_soon(selector: impl Into<String>) {
    use wasm_bindgen::closure::Closure;
    let selector = selector.into();
    let Some(window) = web_sys::window() else {
        return;
    };
    let focus = Closure::once_into_js(move || {
        let found = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(&selector).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = found {
            if !element.has_attribute("tabindex") {
                let _ = element.set_attribute("tabindex", "-1");
            }
            let _ = element.focus();
        }
    });
    let _ = window.request_animation_frame(focus.unchecked_ref());
}

/// A new screen on the same route: from its top, the keyboard and screen-reader focus on
/// `selector` (its heading, say) once it is drawn.
pub fn show_from_top(selector: &str) {
    scroll_to_top();
    focus_soon(selector);
}

/// The phone's date today, in its own time zone.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}
