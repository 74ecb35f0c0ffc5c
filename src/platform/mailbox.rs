//! The mailbox server as the youngster's app uses it (same origin, `/api/mailboxes/…`): look up
//! a coach's code, put a sealed summary, delete it. What an answer means is decided by
//! `stc_core::share`; here only the requests are made.

use stc_core::share::TryResult;
use wasm_bindgen::JsValue;

use super::js;

/// An answer from the server: its status and body.
pub struct Reply {
    pub status: u16,
    pub body: String,
}

/// `GET /api/mailboxes/{code}`: the only request made before the youngster consents. `None`
/// when the server could not be reached.
pub async fn look_up(code: &str) -> Option<Reply> {
    request("GET", &format!("/api/mailboxes/{code}"), None, None).await
}

/// `PUT /api/mailboxes/{code}/items/{item_id}` with the sealed summary (base64).
pub async fn put_item(code: &str, item_id: &str, secret: &str, ciphertext: &str) -> TryResult {
    let body = serde_json::json!({ "ciphertext": ciphertext }).to_string();
    let path = format!("/api/mailboxes/{code}/items/{item_id}");
    answered(request("PUT", &path, Some(secret), Some(&body)).await)
}

/// `DELETE /api/mailboxes/{code}/items/{item_id}` with the item secret.
pub async fn delete_item(code: &str, item_id: &str, secret: &str) -> TryResult {
    let path = format!("/api/mailboxes/{code}/items/{item_id}");
    answered(request("DELETE", &path, Some(secret), None).await)
}

fn answered(reply: Option<Reply>) -> TryResult {
    match reply {
        Some(reply) => TryResult::Answered {
            status: reply.status,
            expires_at: stc_core::share::outbox::receipt_expires_at(&reply.body),
        },
        None => TryResult::NoConnection,
    }
}

async fn request(
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
    // Never an answer from the HTTP cache: a look-up or a delete must reach the server.
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
