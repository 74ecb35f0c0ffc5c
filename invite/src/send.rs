//! The reply leaves this browser: checked, sealed to the youngster's key, put in the youngster's
//! mailbox under the invitation's item. What the server's answer means is
//! `stc_core::invite::PutAnswer`.

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use stc_core::invite::{Invitation, PutAnswer, reply_item};
use stc_core::journey::{ReplyError, ReplyWords};
use stc_core::seal::{self, PublicKey};
use stc_core::share::pack_message;
use stc_web::mailbox;

/// Why the reply did not reach the youngster.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum SendProblem {
    /// The words do not do (no name, nothing said, too long): nothing left the browser.
    Reply(ReplyError),
    /// No connection: try again.
    Offline,
    /// The invitation was withdrawn, or already answered.
    NotStanding,
    /// The youngster's mailbox is full.
    Full,
    /// The server refused (the mailbox is gone), or the link's key is not a key.
    Refused,
}

/// Seals the reply to the youngster's key and puts it in place of the placeholder. Where no
/// placeholder stood (withdrawn or answered already), what was put is deleted again.
pub async fn send(invitation: &Invitation, words: ReplyWords) -> Result<(), SendProblem> {
    let item = reply_item(words).map_err(SendProblem::Reply)?;
    let key = STANDARD
        .decode(&invitation.key)
        .ok()
        .and_then(|bytes| PublicKey::from_bytes(&bytes).ok())
        .ok_or(SendProblem::Refused)?;
    let sealed = seal::seal(&key, &pack_message(&item)).map_err(|_| SendProblem::Refused)?;
    let (code, item, secret) = (&invitation.code, &invitation.item, &invitation.secret);
    let reply = mailbox::put_item(code, item, secret, &STANDARD.encode(sealed))
        .await
        .ok_or(SendProblem::Offline)?;
    match PutAnswer::of_status(reply.status) {
        PutAnswer::Delivered => Ok(()),
        PutAnswer::NotStanding => {
            let _ = mailbox::delete_item(code, item, secret).await;
            Err(SendProblem::NotStanding)
        }
        PutAnswer::Full => Err(SendProblem::Full),
        PutAnswer::Refused => Err(SendProblem::Refused),
    }
}
