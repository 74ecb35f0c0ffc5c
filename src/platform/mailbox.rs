//! The mailbox server as the youngster's app uses it (same origin, `/api/mailboxes/…`): look up
//! a coach's code, put a sealed summary, delete it; make the youngster's own mailbox for
//! invitations and list what came in. What an answer means is decided by
//! `stc_core::share`; here only the requests are made.

use stc_core::share::TryResult;
use stc_web::request;

/// An answer from the server: its status and body.
pub use stc_web::Reply;

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

/// `POST /api/mailboxes`: the youngster's own mailbox, for the replies to invitations (no name:
/// the invitation carries the nickname, not the server).
pub async fn register_own(public_key: &str) -> Option<Reply> {
    let body = serde_json::json!({ "kind": "youngster", "public_key": public_key }).to_string();
    request("POST", "/api/mailboxes", None, Some(&body)).await
}

/// `GET /api/mailboxes/{code}/items` with the owner secret.
pub async fn list_items(code: &str, owner_secret: &str) -> Option<Reply> {
    let path = format!("/api/mailboxes/{code}/items");
    request("GET", &path, Some(owner_secret), None).await
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
