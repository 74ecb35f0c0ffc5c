//! Handing the coach a file (a download) and reading the one they picked.

use wasm_bindgen_futures::JsFuture;

use super::browser::describe;

pub use stc_web::download;

/// The text of the file chosen in `input`, if any.
pub async fn chosen_text(input: &web_sys::HtmlInputElement) -> Result<Option<String>, String> {
    let Some(file) = input.files().and_then(|files| files.get(0)) else {
        return Ok(None);
    };
    let text = JsFuture::from(file.text())
        .await
        .map_err(|e| describe(&e))?;
    Ok(text.as_string())
}
