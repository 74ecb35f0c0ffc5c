//! "Vraag het met een link", as the app runs it: the phone's own mailbox (made the first time,
//! with a key pair made here that never leaves the phone), an invitation's placeholder put
//! sealed in it, the link with the invitation after `#`, withdrawing it, and fetching the
//! replies: each is opened here, kept as a discovery and deleted from the server. What a link
//! holds and what an item means is decided by `stc_core::invite`.

use std::cell::{Cell, RefCell};

use chrono::NaiveDate;
use leptos::prelude::*;
use stc_core::AppState;
use stc_core::invite::{
    Fetched, ItemMessage, OwnMailbox, SentInvite, invite_link, listed_items, take_item,
};
use stc_core::journey::PersonId;
use stc_core::share::{self, TryResult};

use super::Store;
use crate::platform::{browser, mailbox, seal};

thread_local! {
    static FETCHING: Cell<bool> = const { Cell::new(false) };
    /// Looks that wait for the one on its way.
    static WAITING: RefCell<Vec<js_sys::Function>> = const { RefCell::new(Vec::new()) };
}

/// Why a link was not made, withdrawn or looked for.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum InviteProblem {
    /// No connection (or the sealing module is not here yet): only online.
    Offline,
    /// The own mailbox is full (too many links stand): withdraw one first.
    Full,
    /// The server or the module refused; the reason is for the log.
    Refused(String),
    /// The change could not be saved on the phone (the notice says why).
    NotSaved,
}

/// Makes an invitation for `person`: the own mailbox when there is none yet, the placeholder
/// sealed into it, the invitation kept on the phone. The link to send, and its last day.
pub async fn make_link(
    store: Store,
    person: Option<PersonId>,
) -> Result<(String, NaiveDate), InviteProblem> {
    let own = own_mailbox(store).await?;
    let tokens = seal::item_tokens().ok_or_else(|| refused("no random numbers"))?;
    let placeholder = seal::seal(&own.public_key, &ItemMessage::Placeholder.to_json())
        .await
        .map_err(sealing)?;
    match mailbox::put_item(&own.code, &tokens.0, &tokens.1, &placeholder).await {
        TryResult::Answered { status, .. } if (200..300).contains(&status) => {}
        TryResult::NoConnection => return Err(InviteProblem::Offline),
        TryResult::Answered { status: 409, .. } => return Err(InviteProblem::Full),
        other => return Err(refused(&format!("the placeholder was not put: {other:?}"))),
    }
    let (item_id, item_secret) = tokens.clone();
    let mut invitation = None;
    let saved = change(store, &mut |s| {
        let avatar = s.journey.avatar.clone();
        invitation = s
            .invites
            .invite(person, tokens.clone(), avatar.as_ref(), browser::today());
        invitation.is_some()
    });
    match invitation.filter(|_| saved) {
        Some(invitation) => Ok((
            invite_link(&stc_web::origin(), &invitation),
            invitation.until,
        )),
        None => {
            // Not kept on the phone: nobody could ever read a reply, so the item goes.
            let _ = mailbox::delete_item(&own.code, &item_id, &item_secret).await;
            Err(InviteProblem::NotSaved)
        }
    }
}

/// Withdraws an invitation: its item is deleted from the server (a reply that came in with it
/// too), then it no longer stands on the phone.
pub async fn withdraw(store: Store, invite: SentInvite) -> Result<(), InviteProblem> {
    let code = own_code(store).ok_or_else(|| refused("no own mailbox"))?;
    let deleted = mailbox::delete_item(&code, &invite.item_id, &invite.item_secret).await;
    if !share::delete_went_through(&deleted) {
        return Err(match deleted {
            TryResult::NoConnection => InviteProblem::Offline,
            other => refused(&format!("the item was not deleted: {other:?}")),
        });
    }
    // Another tab may have withdrawn it already: it stands no more either way.
    if change(store, &mut |s| {
        s.invites.withdraw(&invite.item_id);
        true
    }) {
        Ok(())
    } else {
        Err(InviteProblem::NotSaved)
    }
}

/// Looks in the own mailbox: every reply is opened, kept on the phone as a discovery and deleted
/// from the server (also one that came before its invitation's last day and is fetched after
/// it); then the invitations past their day are deleted. Nothing to do without invitations
/// that stand. While another look runs (the one at start, say), this one only waits for it, so
/// what that one kept is on the phone when this returns, and the mailbox is not listed and
/// opened twice.
pub async fn fetch_replies(store: Store) -> Result<(), InviteProblem> {
    if FETCHING.with(Cell::get) {
        let ended = js_sys::Promise::new(&mut |resolve, _| {
            WAITING.with(|w| w.borrow_mut().push(resolve));
        });
        let _ = wasm_bindgen_futures::JsFuture::from(ended).await;
        return Ok(());
    }
    let Some(own) = store.state().with_untracked(|s| {
        (!s.invites.standing.is_empty())
            .then(|| s.invites.mailbox.clone())
            .flatten()
    }) else {
        return Ok(());
    };
    FETCHING.with(|f| f.set(true));
    let fetched = fetch_from(store, &own).await;
    FETCHING.with(|f| f.set(false));
    for waiting in WAITING.with(|w| w.take()) {
        let _ = waiting.call0(&wasm_bindgen::JsValue::UNDEFINED);
    }
    fetched
}

async fn fetch_from(store: Store, own: &OwnMailbox) -> Result<(), InviteProblem> {
    let today = browser::today();
    let listing = mailbox::list_items(&own.code, &own.owner_secret)
        .await
        .ok_or(InviteProblem::Offline)?;
    if !listing.is_success() {
        return Err(refused(&format!("listing: {}", listing.status)));
    }
    let items = listed_items(&listing.body).map_err(|e| refused(&e.to_string()))?;
    for item in items {
        let opened = match seal::open(&own.secret_key, &item.ciphertext).await {
            Ok(text) => Some(text),
            // Not here to open it with: try again later, drop nothing.
            Err(seal::SealFailure::NotLoaded) => return Err(InviteProblem::Offline),
            Err(_) => None,
        };
        let mut taken = Fetched::Waiting;
        if !change(store, &mut |s| {
            taken = take_item(
                &mut s.invites,
                &mut s.journey,
                &item.id,
                opened.as_deref(),
                today,
            );
            true
        }) {
            return Err(InviteProblem::NotSaved);
        }
        if taken != Fetched::Waiting {
            // Kept on the phone, or not one of ours: either way it leaves the server. If this
            // fails, the next look deletes it (a reply of an invitation done is dropped then).
            let _ = mailbox::delete_item(&own.code, &item.id, &own.owner_secret).await;
        }
    }
    // Only now the invitations past their day: a reply that came in time was taken above, and
    // a placeholder past its day dropped. What is left past its day had no item any more.
    let expired = store.state().with_untracked(|s| s.invites.expired(today));
    for item_id in expired {
        let deleted = mailbox::delete_item(&own.code, &item_id, &own.owner_secret).await;
        if share::delete_went_through(&deleted) {
            change(store, &mut |s| {
                s.invites.withdraw(&item_id);
                true
            });
        }
    }
    Ok(())
}

/// Looks for replies when the app starts and when the phone comes online.
pub fn start_fetching(store: Store) {
    let look = move || {
        leptos::task::spawn_local(async move {
            let _ = fetch_replies(store).await;
        })
    };
    let listener = window_event_listener(leptos::ev::online, move |_| look());
    on_cleanup(move || listener.remove());
    look();
}

/// The own mailbox, made now (a key pair, then the server's registration) if there is none.
async fn own_mailbox(store: Store) -> Result<OwnMailbox, InviteProblem> {
    if let Some(own) = store.state().with_untracked(|s| s.invites.mailbox.clone()) {
        return Ok(own);
    }
    let (secret_key, public_key) = seal::new_key_pair().await.map_err(sealing)?;
    // No name: the invitation carries the nickname, not the server.
    let body = serde_json::json!({ "kind": "youngster", "public_key": public_key }).to_string();
    let reply = mailbox::register(&body)
        .await
        .ok_or(InviteProblem::Offline)?;
    if reply.status != 201 {
        return Err(refused(&format!(
            "registration: {} {}",
            reply.status, reply.body
        )));
    }
    let made = OwnMailbox::registered(&reply.body, public_key, secret_key)
        .map_err(|e| refused(&e.to_string()))?;
    let mut kept = None;
    let saved = change(store, &mut |s| {
        // Another tab may have made one meanwhile: the first one stays.
        kept = Some(
            s.invites
                .mailbox
                .get_or_insert_with(|| made.clone())
                .clone(),
        );
        true
    });
    kept.filter(|_| saved).ok_or(InviteProblem::NotSaved)
}

/// A change of this module, made on the newest saved state: whether it was made (`false` from
/// `change` refuses it, and nothing changes).
fn change(store: Store, change: &mut dyn FnMut(&mut AppState) -> bool) -> bool {
    matches!(
        store.try_update(|s| if change(s) { Ok(()) } else { Err(()) }),
        Some(Ok(()))
    )
}

fn own_code(store: Store) -> Option<String> {
    store
        .state()
        .with_untracked(|s| s.invites.mailbox.as_ref().map(|m| m.code.clone()))
}

fn sealing(failure: seal::SealFailure) -> InviteProblem {
    match failure {
        seal::SealFailure::NotLoaded => InviteProblem::Offline,
        seal::SealFailure::TooLong => refused("too long"),
        seal::SealFailure::Refused(reason) => refused(&reason),
    }
}

fn refused(reason: &str) -> InviteProblem {
    leptos::logging::warn!("invitation: {reason}");
    InviteProblem::Refused(reason.to_owned())
}
