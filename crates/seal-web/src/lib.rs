//! The sealing of [`stc_core::seal`] as a wasm module of its own, built by `cargo xtask build`
//! into `dist/crypto/<hash>/seal.js` (+ `seal_bg.wasm`). The youngster's app imports it only
//! when a summary goes to a coach; the coach's app (and later the invitations) use the same
//! module to make a key pair and open what was sealed to it. Keys and sealed messages cross the
//! boundary as standard base64, the messages themselves as text: deflated before they are sealed
//! and inflated when opened ([`stc_core::share::message`]), so a whole summary fits.
//!
//! A failure is thrown as an `Error` whose message starts with a word the caller can act on:
//! `too_long:`, `bad_key:` or `cannot_open:`.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use stc_core::seal::{self, OpenError, PublicKey, SealError, SecretKey};
use stc_core::share::{pack_message, unpack_message};
use wasm_bindgen::prelude::*;

/// Seals `message` to the owner of `public_key` (base64); the sealed bytes in base64.
#[wasm_bindgen]
pub fn seal(public_key: &str, message: &str) -> Result<String, JsError> {
    let key = decode(public_key).and_then(|bytes| {
        PublicKey::from_bytes(&bytes).map_err(|e| JsError::new(&format!("bad_key: {e}")))
    })?;
    let sealed = seal::seal(&key, &pack_message(message)).map_err(|e| match e {
        SealError::TooLong { .. } => JsError::new(&format!("too_long: {e}")),
        SealError::Failed => JsError::new(&format!("cannot_seal: {e}")),
    })?;
    Ok(STANDARD.encode(sealed))
}

/// Opens a message sealed to the key pair of `secret_key` (base64).
#[wasm_bindgen]
pub fn open(secret_key: &str, sealed: &str) -> Result<String, JsError> {
    let key = decode(secret_key).and_then(|bytes| {
        SecretKey::from_bytes(&bytes).map_err(|e| JsError::new(&format!("bad_key: {e}")))
    })?;
    let cannot_open = |e: OpenError| JsError::new(&format!("cannot_open: {e}"));
    let message = seal::open(&key, &decode(sealed)?).map_err(cannot_open)?;
    unpack_message(&message).map_err(|e| JsError::new(&format!("cannot_open: {e}")))
}

/// A fresh secret key (base64), from the browser's random numbers.
#[wasm_bindgen(js_name = newSecretKey)]
pub fn new_secret_key() -> String {
    STANDARD.encode(SecretKey::generate().to_bytes())
}

/// The public key (base64) that goes with a secret key.
#[wasm_bindgen(js_name = publicKeyOf)]
pub fn public_key_of(secret_key: &str) -> Result<String, JsError> {
    let key = SecretKey::from_bytes(&decode(secret_key)?)
        .map_err(|e| JsError::new(&format!("bad_key: {e}")))?;
    Ok(STANDARD.encode(key.public_key().to_bytes()))
}

/// The QR code of `text` (an invitation's link) as an SVG, dark on white in either theme
/// (scanners need the contrast), drawn from `stc_core::coach::qr` like the coach's code; the
/// page labels it. Here, so the youngster's first download carries no QR code maker.
#[wasm_bindgen(js_name = qrSvg)]
pub fn qr_svg(text: &str) -> Result<String, JsError> {
    let picture = stc_core::coach::qr::qr_picture(text)
        .map_err(|e| JsError::new(&format!("too_long: {e}")))?;
    let size = picture.size;
    Ok(format!(
        r##"<svg class="qr-code" viewBox="0 0 {size} {size}" aria-hidden="true" focusable="false" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#ffffff"/><path d="{}" fill="#000000"/></svg>"##,
        picture.path
    ))
}

fn decode(text: &str) -> Result<Vec<u8>, JsError> {
    STANDARD
        .decode(text)
        .map_err(|e| JsError::new(&format!("bad_key: not base64 ({e})")))
}

#[cfg(test)]
mod tests {
    use super::*;

    // Natively only the paths that make no JavaScript error can run; the errors themselves are
    // `stc_core`'s, tested there.
    #[test]
    fn an_invitations_qr_code_is_one_dark_path_on_white_in_a_square_of_its_modules() {
        let link = "https://start.example.be/invite/#eyJmb3JtYXQiOjEsImNvZGUiOiJBQ0RFLUZHMzQifQ";
        let picture = stc_core::coach::qr::qr_picture(link).unwrap();
        let svg = qr_svg(link).unwrap();
        let size = picture.size;
        assert!(
            svg.starts_with(&format!(
                r#"<svg class="qr-code" viewBox="0 0 {size} {size}""#
            )),
            "{svg}"
        );
        assert!(svg.contains(r#"aria-hidden="true""#));
        assert!(svg.contains(&format!(r##"<path d="{}" fill="#000000"/>"##, picture.path)));
        assert!(svg.ends_with("</svg>"));
    }

    #[test]
    fn what_is_sealed_to_a_new_key_pair_opens_with_its_secret_key_as_the_same_text() {
        let secret = new_secret_key();
        let public = public_key_of(&secret).unwrap();
        let summary = format!(
            r#"{{"format":1,"nickname":"Robin","notes":"{}"}}"#,
            "Zebra ".repeat(3000)
        );
        let sealed = seal(&public, &summary).unwrap();
        let bytes = STANDARD.decode(&sealed).unwrap();
        assert_eq!(
            bytes.len(),
            seal::OVERHEAD + 1024,
            "deflated into the smallest bucket"
        );
        assert!(!String::from_utf8_lossy(&bytes).contains("Zebra"));
        assert_eq!(open(&secret, &sealed).unwrap(), summary);
    }

    #[test]
    fn a_key_pair_is_thirty_two_bytes_each_in_base64() {
        let secret = new_secret_key();
        assert_eq!(STANDARD.decode(&secret).unwrap().len(), 32);
        assert_eq!(
            STANDARD
                .decode(public_key_of(&secret).unwrap())
                .unwrap()
                .len(),
            32
        );
        assert_ne!(new_secret_key(), secret);
    }
}
