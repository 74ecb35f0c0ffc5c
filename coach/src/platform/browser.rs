//! Small browser facts and effects for the coach's app.

/// The page's origin (the server the mailbox lives on) and the clipboard, as in the youngster's
/// app.
pub use stc_web::{copy, origin};

/// The clock, the preferred languages and the print dialog, as in the youngster's app.
pub use stc_web::{now_iso, now_millis, preferred_languages, print};

/// Starts the coach's own service worker (scope `/coach/`), so fetched summaries open offline;
/// nothing where the page may have no worker.
pub fn register_worker() {
    let Some(container) = stc_web::service_worker_container() else {
        return;
    };
    let options = web_sys::RegistrationOptions::new();
    options.set_scope("/coach/");
    let _ = container.register_with_options("/coach/sw.js", &options);
}

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
