//! Sharing with a coach, as the app runs it: the youngster's actions (consent, update, stop)
//! go into the outbox kept in the state document, and the outbox is sent when it is due (at
//! start, when the phone comes online, on a timer for the next retry, and right after an
//! action). What is due and what an answer means is decided by `stc_core::share`. Both of the
//! youngster's apps run it: this one for what waits, the share app (`share/`) for the actions.

use std::cell::{Cell, RefCell};
use std::time::Duration;

use leptos::prelude::*;
use stc_core::journey::Pack;
use stc_core::share::{
    self, CoachMailbox, Due, DueAction, Scope, Summary, TryResult, build_summary, journey_mark,
    leftover,
};

use super::Store;
use crate::platform::storage::BrowserStorage;
use crate::platform::{browser, mailbox, seal};

thread_local! {
    static RUNNING: Cell<bool> = const { Cell::new(false) };
    /// Something became due while a run was on its way: run once more after it.
    static AGAIN: Cell<bool> = const { Cell::new(false) };
    static TIMER: RefCell<Option<TimeoutHandle>> = const { RefCell::new(None) };
    /// Waiting for the end of the next run ("delete everything" waits for its deletes).
    static WAITERS: RefCell<Vec<js_sys::Function>> = const { RefCell::new(Vec::new()) };
    /// How many deletes outlive "delete everything", for Settings to show.
    static LEFTOVERS: ArcRwSignal<usize> = ArcRwSignal::new(0);
}

/// The summary the youngster would share now with `scope`.
pub fn summary_now(pack: &Pack, store: Store, scope: &Scope) -> Summary {
    store
        .state()
        .with_untracked(|s| build_summary(pack, &s.journey, scope, &browser::now_iso()))
}

/// Starts the outbox: tries what is due now, and again when the phone comes online.
pub fn start_outbox(store: Store) {
    let listener = window_event_listener(leptos::ev::online, move |_| retry(store));
    on_cleanup(move || listener.remove());
    count_leftovers();
    kick(store);
}

/// The number of coaches' copies still to delete after "delete everything".
pub fn leftovers_waiting() -> Signal<usize> {
    let count = LEFTOVERS.with(Clone::clone);
    Signal::derive(move || count.get())
}

fn count_leftovers() {
    let waiting = leftover::leftovers(&BrowserStorage).len();
    LEFTOVERS.with(|count| count.set(waiting));
}

/// The youngster consented: the summary waits in the outbox and goes now if it can. `None`
/// when the browser gives no random numbers for the share's item.
pub fn consent(store: Store, coach: CoachMailbox, scope: Scope, summary: &Summary) -> Option<()> {
    let (item_id, item_secret) = seal::item_tokens()?;
    let now = browser::now_millis();
    store.update(|s| {
        let item_id = s
            .sharing
            .consent(coach, scope, summary, (item_id, item_secret), now);
        s.sharing.note_checked(&item_id, &journey_mark(&s.journey));
    });
    kick(store);
    Some(())
}

/// "Update": the summary built now replaces what the coach has.
pub fn update(store: Store, pack: &Pack, item_id: &str) {
    let Some(scope) = store
        .state()
        .with_untracked(|s| s.sharing.share(item_id).map(|share| share.scope.clone()))
    else {
        return;
    };
    let summary = summary_now(pack, store, &scope);
    let now = browser::now_millis();
    store.update(|s| {
        if s.sharing.update(item_id, &summary, now) {
            s.sharing.note_checked(item_id, &journey_mark(&s.journey));
        }
    });
    kick(store);
}

/// The share screens show that the coach has the latest version: the journey as it is now is
/// noted, so that the overview no longer says that something changed (a change outside what is
/// shared). Nothing is written when it was noted already.
pub fn note_up_to_date(store: Store, item_id: &str) {
    let unnoted = store.state().with_untracked(|s| {
        let share = s.sharing.share(item_id)?;
        let mark = journey_mark(&s.journey);
        (share.checked.as_ref() != Some(&mark)).then_some(mark)
    });
    if let Some(mark) = unnoted {
        store.update_in_background(|s| {
            s.sharing.note_checked(item_id, &mark);
        });
    }
}

/// "Stop sharing": the coach's copy is deleted, now or when the phone is online again.
pub fn stop(store: Store, item_id: &str) {
    let now = browser::now_millis();
    store.update(|s| s.sharing.stop(item_id, now));
    kick(store);
}

/// "Try again now" for what waits (also when the phone comes online).
pub fn retry(store: Store) {
    store.update_in_background(|s| s.sharing.retry_now());
    if let Err(reason) = leftover::retry_leftovers_now(&BrowserStorage) {
        leptos::logging::warn!("the left-over deletes could not be made due: {reason}");
    }
    kick(store);
}

/// "Delete everything": first every coach's copy and every invitation's item is deleted (what cannot go now is kept under
/// its own key, with nothing of the youngster, and tried again later), then everything on this
/// phone. Returns how many coaches' copies still wait to be deleted.
pub async fn delete_everything(store: Store) -> Result<usize, String> {
    let deletes = store.state().with_untracked(|s| {
        let mut deletes = s.sharing.items_to_delete();
        deletes.extend(s.invites.items_to_delete());
        deletes
    });
    if !deletes.is_empty() {
        leftover::keep_leftovers(&BrowserStorage, deletes).map_err(|e| e.to_string())?;
        // The shares' own sends and deletes stop: their items are deleted as left-overs now.
        store.update_in_background(|s| s.sharing = Default::default());
        next_run_done(store).await;
    }
    store.delete_everything()?;
    count_leftovers();
    Ok(leftover::leftovers(&BrowserStorage).len())
}

/// Runs the outbox now, or right after the run on its way.
fn kick(store: Store) {
    if RUNNING.with(|r| r.replace(true)) {
        AGAIN.with(|a| a.set(true));
        return;
    }
    leptos::task::spawn_local(async move {
        loop {
            AGAIN.with(|a| a.set(false));
            run_once(store).await;
            if !AGAIN.with(Cell::get) {
                break;
            }
        }
        RUNNING.with(|r| r.set(false));
        for waiter in WAITERS.with(|w| w.take()) {
            let _ = waiter.call0(&wasm_bindgen::JsValue::UNDEFINED);
        }
        wake_at_next_try(store);
    });
}

/// Waits until the outbox ran once more from now.
async fn next_run_done(store: Store) {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        WAITERS.with(|w| w.borrow_mut().push(resolve));
    });
    kick(store);
    let _ = wasm_bindgen_futures::JsFuture::from(promise).await;
}

/// One pass: every request due now, then the deletes left over from "delete everything".
async fn run_once(store: Store) {
    let now = browser::now_millis();
    let due = store.state().with_untracked(|s| s.sharing.due(now));
    for request in due {
        let result = attempt(&request).await;
        let attempt = request.attempt();
        let now = browser::now_millis();
        store.update_in_background(|s| s.sharing.finish(&request.item_id, &attempt, &result, now));
    }
    for delete in leftover::due_leftovers(&BrowserStorage, now) {
        let request = delete.due();
        let result = attempt(&request).await;
        let now = browser::now_millis();
        if let Err(reason) =
            leftover::finish_leftover(&BrowserStorage, &delete.item_id, &result, now)
        {
            leptos::logging::warn!("a left-over delete could not be noted: {reason}");
        }
    }
    count_leftovers();
}

async fn attempt(request: &Due) -> TryResult {
    let code = &request.coach.code;
    match &request.what {
        DueAction::Send { summary, .. } => {
            match seal::seal(&request.coach.public_key, summary).await {
                Ok(sealed) => {
                    mailbox::put_item(code, &request.item_id, &request.item_secret, &sealed).await
                }
                Err(seal::SealFailure::NotLoaded) => TryResult::NoConnection,
                Err(seal::SealFailure::TooLong) => TryResult::TooLong,
                Err(seal::SealFailure::Refused(reason)) => {
                    leptos::logging::warn!("the summary could not be sealed: {reason}");
                    TryResult::BadKey
                }
            }
        }
        DueAction::Delete => {
            mailbox::delete_item(code, &request.item_id, &request.item_secret).await
        }
    }
}

/// Sets the timer to the outbox's next try, if anything waits.
fn wake_at_next_try(store: Store) {
    let next = [
        store.state().with_untracked(|s| s.sharing.next_try_at()),
        leftover::next_leftover_try_at(&BrowserStorage),
    ]
    .into_iter()
    .flatten()
    .min();
    TIMER.with(|timer| {
        if let Some(old) = timer.borrow_mut().take() {
            old.clear();
        }
        let Some(at) = next else {
            return;
        };
        let wait = Duration::from_millis(at.saturating_sub(browser::now_millis()));
        *timer.borrow_mut() = set_timeout_with_handle(move || kick(store), wait).ok();
    });
}

/// Looks up the code the youngster typed or opened: the coach's name and key, or why not.
pub async fn look_up_coach(typed: &str) -> Result<CoachMailbox, share::LookupProblem> {
    let code = share::parse_code(typed).map_err(|_| share::LookupProblem::NotACode)?;
    let reply = mailbox::look_up(&code).await;
    share::read_lookup(reply.as_ref().map(|r| (r.status, r.body.as_str())))
}
