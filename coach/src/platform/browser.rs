//! Small browser facts and effects for the coach's app.

/// This page's origin, e.g. `https://start.example.be`: the server the mailbox lives on.
pub fn origin() -> String {
    web_sys::window()
        .and_then(|w| w.location().origin().ok())
        .unwrap_or_default()
}

/// `navigator.languages`, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    web_sys::window()
        .map(|w| {
            w.navigator()
                .languages()
                .iter()
                .filter_map(|tag| tag.as_string())
                .collect()
        })
        .unwrap_or_default()
}

/// Sets `<html lang>` to the language shown.
pub fn set_document_language(tag: &str) {
    if let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    {
        let _ = root.set_attribute("lang", tag);
    }
}

/// The clock as RFC 3339 in UTC.
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

pub fn now_millis() -> u64 {
    js_sys::Date::now() as u64
}

/// Opens the browser's print dialog (which can also save a PDF).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Puts `text` on the clipboard; whether the browser took it.
pub async fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else {
        return false;
    };
    let promise = window.navigator().clipboard().write_text(text);
    wasm_bindgen_futures::JsFuture::from(promise).await.is_ok()
}

/// Starts the coach's own service worker (scope `/coach/`), so fetched summaries open offline.
pub fn register_worker() {
    let Some(window) = web_sys::window() else {
        return;
    };
    let container = window.navigator().service_worker();
    let options = web_sys::RegistrationOptions::new();
    options.set_scope("/coach/");
    let _ = container.register_with_options("/coach/sw.js", &options);
}

pub use stc_web::describe;

/// Waits until the browser has drawn the page once more (so a "busy" line shows before a long
/// computation such as Argon2 starts).
pub async fn next_frame() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        if let Some(window) = web_sys::window() {
            let _ = window.set_timeout_with_callback_and_timeout_and_arguments_0(&resolve, 30);
        }
    });
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}
