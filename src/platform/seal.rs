//! Sealing a summary to the coach's key on the phone, with the sealing module the page names in
//! `<meta name="stc-crypto">` (see `xtask/src/crypto.rs`), imported only now; and the random
//! item ids and secrets of a share.

use wasm_bindgen::prelude::*;

use super::browser::describe;
use super::js;

#[wasm_bindgen(module = "/src/platform/seal.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = sealWith)]
    async fn seal_with(url: &str, public_key: &str, message: &str) -> Result<JsValue, JsValue>;
}

/// Why a summary was not sealed.
pub enum SealFailure {
    /// The module could not be loaded (offline and not cached yet): try again later.
    NotLoaded,
    /// The summary is longer than the largest sealed message.
    TooLong,
    /// The key or the module refused (a key that is not one).
    Refused(String),
}

/// Seals `message` to `public_key` (base64); the sealed bytes as base64.
pub async fn seal(public_key: &str, message: &str) -> Result<String, SealFailure> {
    let url = module_url().ok_or(SealFailure::NotLoaded)?;
    match seal_with(&url, public_key, message).await {
        Ok(sealed) => sealed
            .as_string()
            .ok_or_else(|| SealFailure::Refused("not text".into())),
        Err(error) => {
            let reason = describe(&error);
            Err(if reason.contains("not_loaded") {
                SealFailure::NotLoaded
            } else if reason.contains("too_long") {
                SealFailure::TooLong
            } else {
                SealFailure::Refused(reason)
            })
        }
    }
}

/// The module's URL, as the page names it.
fn module_url() -> Option<String> {
    web_sys::window()?
        .document()?
        .query_selector("meta[name=\"stc-crypto\"]")
        .ok()??
        .get_attribute("content")
}

/// `count` random bytes from `crypto.getRandomValues`.
pub fn random_bytes(count: u32) -> Option<Vec<u8>> {
    let crypto = js::window().and_then(|w| js::get(&w, "crypto"))?;
    let bytes = js_sys::Uint8Array::new_with_length(count);
    js::call(&crypto, "getRandomValues", &[&bytes]).ok()?;
    Some(bytes.to_vec())
}
