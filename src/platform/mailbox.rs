//! The mailbox server as the youngster's app uses it (same origin, `/api/mailboxes/…`): look up
//! a coach's code, put a sealed summary, delete it; make the youngster's own mailbox for
//! invitations and list what came in. What an answer means is decided by
//! `stc_core::share`; here only the requests are made.

use stc_core::share::TryResult;
use stc_web::mailbox;

/// An answer from the server: its status and body.
pub use stc_web::Reply;
/// The look-up of a coach's code (the only request made before the youngster consents), the own
/// mailbox's registration and its listing, as they are.
pub use stc_web::mailbox::{list_items, look_up, register};

/// `PUT` a sealed summary or placeholder (base64), as the outbox reads the answer.
pub async fn put_item(code: &str, item_id: &str, secret: &str, ciphertext: &str) -> TryResult {
    answered(mailbox::put_item(code, item_id, secret, ciphertext).await)
}

/// `DELETE` an item with its secret (or the owner secret), as the outbox reads the answer.
pub async fn delete_item(code: &str, item_id: &str, secret: &str) -> TryResult {
    answered(mailbox::delete_item(code, item_id, secret).await)
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
