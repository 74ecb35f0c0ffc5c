//! Handing a file to the youngster (download) and reading one they picked.

use wasm_bindgen::JsValue;

use super::browser::describe;
use super::js;

/// How a file reached the youngster.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Handed {
    /// Through the phone's share sheet (e.g. straight into the calendar app).
    Shared,
    /// The youngster closed the share sheet without choosing.
    ShareCancelled,
    /// As a download.
    Downloaded,
}

/// Hands `text` over as a file: through the share sheet where the browser can share files
/// (`navigator.canShare({files})`), else as a download. Nothing leaves the phone by itself.
pub async fn share_or_download(
    file_name: &str,
    mime_type: &str,
    text: &str,
) -> Result<Handed, String> {
    if let Some(navigator) = js::navigator()
        && js::get(&navigator, "canShare").is_some()
    {
        let parts = js_sys::Array::of1(&JsValue::from_str(text));
        let options = web_sys::FilePropertyBag::new();
        options.set_type(mime_type);
        let file = web_sys::File::new_with_str_sequence_and_options(&parts, file_name, &options)
            .map_err(|e| describe(&e))?;
        let data = js::object(&[("files", &js_sys::Array::of1(&file).into())]);
        let can_share = js::call(&navigator, "canShare", &[&data])
            .map(|answer| answer.is_truthy())
            .unwrap_or(false);
        if can_share {
            return match js::call_async(&navigator, "share", &[&data]).await {
                Ok(_) => Ok(Handed::Shared),
                Err(reason) if reason.starts_with("AbortError") => Ok(Handed::ShareCancelled),
                Err(reason) => {
                    leptos::logging::warn!("sharing failed, downloading instead: {reason}");
                    download(file_name, mime_type, text).map(|()| Handed::Downloaded)
                }
            };
        }
    }
    download(file_name, mime_type, text).map(|()| Handed::Downloaded)
}

/// Whether the phone has a share sheet for a link (`navigator.share`).
pub fn can_share_links() -> bool {
    js::navigator().is_some_and(|n| js::get(&n, "share").is_some_and(|f| f.is_function()))
}

/// Hands a link to the phone's share sheet (WhatsApp, a text message, …) with `text` before it.
pub async fn share_link(text: &str, url: &str) -> Result<Handed, String> {
    let navigator = js::navigator().ok_or("no navigator")?;
    let data = js::object(&[
        ("text", &JsValue::from_str(text)),
        ("url", &JsValue::from_str(url)),
    ]);
    match js::call_async(&navigator, "share", &[&data]).await {
        Ok(_) => Ok(Handed::Shared),
        Err(reason) if reason.starts_with("AbortError") => Ok(Handed::ShareCancelled),
        Err(reason) => Err(reason),
    }
}

/// Offers `text` as a file download named `file_name`.
pub use stc_web::download;

/// The text of the first file chosen in a file input.
pub use stc_web::read_chosen_text;
