//! Where the content packs are and fetching them: `cargo xtask build` writes each pack as
//! `/content/<lang>-<hash>.json` and names it in the page as
//! `<meta name="stc-content" data-language="<lang>" content="<url>">`.

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// The URL of the pack in `language` (`"nl"`), as the page names it.
pub fn pack_url(language: &str) -> Option<String> {
    let document = web_sys::window()?.document()?;
    let selector = format!("meta[name=\"stc-content\"][data-language=\"{language}\"]");
    document
        .query_selector(&selector)
        .ok()??
        .get_attribute("content")
}

/// The text at `url`; an error says why not (offline, or a status that is not 200).
pub async fn fetch_text(url: &str) -> Result<String, String> {
    let window = web_sys::window().ok_or("no window")?;
    let response = JsFuture::from(window.fetch_with_str(url))
        .await
        .map_err(|e| format!("{url}: {e:?}"))?;
    let response: web_sys::Response = response.dyn_into().map_err(|_| "not a response")?;
    if !response.ok() {
        return Err(format!("{url}: status {}", response.status()));
    }
    let text = response.text().map_err(|e| format!("{url}: {e:?}"))?;
    JsFuture::from(text)
        .await
        .map_err(|e| format!("{url}: {e:?}"))?
        .as_string()
        .ok_or_else(|| format!("{url}: not text"))
}
