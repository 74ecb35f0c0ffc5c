//! The mailbox server's requests (same origin, `/api/mailboxes/…`), as all three apps make them:
//! the youngster's (look up a coach, put and delete a summary, its own mailbox for invitations),
//! the coach's (register, list) and the invited person's page (put a reply, delete it). Each
//! answer comes back as it is (`None`: no answer at all); what it means is the caller's
//! (`stc_core::share`, `stc_core::invite`, `stc_core::coach`).

use crate::{Reply, request};

/// `POST /api/mailboxes` with the registration's JSON.
pub async fn register(body: &str) -> Option<Reply> {
    request("POST", "/api/mailboxes", None, Some(body)).await
}

/// `GET /api/mailboxes/{code}`: the owner's name and key.
pub async fn look_up(code: &str) -> Option<Reply> {
    request("GET", &format!("/api/mailboxes/{code}"), None, None).await
}

/// `GET /api/mailboxes/{code}/items` with the owner secret.
pub async fn list_items(code: &str, owner_secret: &str) -> Option<Reply> {
    let path = format!("/api/mailboxes/{code}/items");
    request("GET", &path, Some(owner_secret), None).await
}

/// `PUT /api/mailboxes/{code}/items/{item_id}` with the item secret and the sealed item
/// (base64).
pub async fn put_item(code: &str, item_id: &str, secret: &str, ciphertext: &str) -> Option<Reply> {
    let body = serde_json::json!({ "ciphertext": ciphertext }).to_string();
    request("PUT", &item_path(code, item_id), Some(secret), Some(&body)).await
}

/// `DELETE /api/mailboxes/{code}/items/{item_id}` with the item secret or the owner secret.
pub async fn delete_item(code: &str, item_id: &str, secret: &str) -> Option<Reply> {
    request("DELETE", &item_path(code, item_id), Some(secret), None).await
}

fn item_path(code: &str, item_id: &str) -> String {
    format!("/api/mailboxes/{code}/items/{item_id}")
}
