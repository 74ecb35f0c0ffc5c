//! Sealing a summary to the coach's key on the phone, opening what was sealed to the phone's
//! own key, making that key pair and drawing an invitation's QR code, with the sealing module
//! the page names in `<meta name="stc-crypto">` (see `xtask/src/crypto.rs`), imported only
//! now; and the random item ids and secrets of a share or an invitation.

use wasm_bindgen::prelude::*;

use super::browser::describe;
use super::js;

#[wasm_bindgen(module = "/src/platform/seal.js")]
extern "C" {
    #[wasm_bindgen(catch, js_name = sealWith)]
    async fn seal_with(url: &str, public_key: &str, message: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = openWith)]
    async fn open_with(url: &str, secret_key: &str, sealed: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = newKeyPairWith)]
    async fn new_key_pair_with(url: &str) -> Result<JsValue, JsValue>;
    #[wasm_bindgen(catch, js_name = qrSvgWith)]
    async fn qr_svg_with(url: &str, text: &str) -> Result<JsValue, JsValue>;
}

/// Why the module did not seal, open, make a key pair or draw.
pub enum SealFailure {
    /// The module could not be loaded (offline and not cached yet): try again later.
    NotLoaded,
    /// The summary is longer than the largest sealed message.
    TooLong,
    /// The key or the module refused (a key that is not one, a message not sealed to it).
    Refused(String),
}

/// Seals `message` to `public_key` (base64); the sealed bytes as base64.
pub async fn seal(public_key: &str, message: &str) -> Result<String, SealFailure> {
    let url = module_url().ok_or(SealFailure::NotLoaded)?;
    text(seal_with(&url, public_key, message).await)
}

/// Opens `sealed` (base64) with the phone's `secret_key` (base64): the message as text.
pub async fn open(secret_key: &str, sealed: &str) -> Result<String, SealFailure> {
    let url = module_url().ok_or(SealFailure::NotLoaded)?;
    text(open_with(&url, secret_key, sealed).await)
}

/// A fresh key pair from the browser's random numbers: (secret key, public key), base64.
pub async fn new_key_pair() -> Result<(String, String), SealFailure> {
    let url = module_url().ok_or(SealFailure::NotLoaded)?;
    let pair = js_sys::Array::from(&new_key_pair_with(&url).await.map_err(failure)?);
    match (pair.get(0).as_string(), pair.get(1).as_string()) {
        (Some(secret), Some(public)) => Ok((secret, public)),
        _ => Err(SealFailure::Refused("not a key pair".into())),
    }
}

/// The QR code of `text` as an SVG (decorative: the page labels it).
pub async fn qr_svg(text: &str) -> Result<String, SealFailure> {
    let url = module_url().ok_or(SealFailure::NotLoaded)?;
    self::text(qr_svg_with(&url, text).await)
}

fn text(answer: Result<JsValue, JsValue>) -> Result<String, SealFailure> {
    answer
        .map_err(failure)?
        .as_string()
        .ok_or_else(|| SealFailure::Refused("not text".into()))
}

fn failure(error: JsValue) -> SealFailure {
    let reason = describe(&error);
    if reason.contains("not_loaded") {
        SealFailure::NotLoaded
    } else if reason.contains("too_long") {
        SealFailure::TooLong
    } else {
        SealFailure::Refused(reason)
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
fn random_bytes(count: u32) -> Option<Vec<u8>> {
    let crypto = js::window().and_then(|w| js::get(&w, "crypto"))?;
    let bytes = js_sys::Uint8Array::new_with_length(count);
    js::call(&crypto, "getRandomValues", &[&bytes]).ok()?;
    Some(bytes.to_vec())
}

/// A fresh item id (16 random bytes) and item secret (32), as tokens: one per share or
/// invitation. `None` when the browser gives no random numbers.
pub fn item_tokens() -> Option<(String, String)> {
    Some((
        stc_core::share::token(&random_bytes(16)?),
        stc_core::share::token(&random_bytes(32)?),
    ))
}
