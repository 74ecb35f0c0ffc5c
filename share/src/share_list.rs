//! The first screen of `/share` once the youngster shares: each coach with what became of the
//! summary ("Wordt verstuurd…", "Je coach heeft een oudere versie", …) and what can be done
//! about it (update, try again, change what is shared, stop), and the way to another coach.

use leptos::prelude::*;
use stc_core::share::{Problem, ShareRecord, ShareStatus, build_summary};

use crate::share::{Flow, Step};
use start_to_can::components::reminder_words::date_text;
use start_to_can::content;
use start_to_can::i18n::*;
use start_to_can::platform::browser;
use start_to_can::state::share::{note_up_to_date, retry, stop, update};
use start_to_can::state::use_store;

/// The coaches shared with, or the way to start.
#[component]
pub fn ShareList(flow: Flow) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let item_ids = move || {
        store.state().with(|s| {
            s.sharing
                .shares
                .iter()
                .map(|share| share.item_id.clone())
                .collect::<Vec<_>>()
        })
    };
    let none = move || store.state().with(|s| s.sharing.is_empty());
    view! {
        <h1>{t!(i18n, share.title)}</h1>
        <p>{t!(i18n, share.intro)}</p>
        <ul class="share-list">
            <For each=item_ids key=|id| id.clone() let:item_id>
                <ShareCard item_id flow />
            </For>
        </ul>
        <button type="button" class="button wide" class:primary=none on:click=move |_| flow.go(Step::Code)>
            {move || if none() { t_string!(i18n, share.start) } else { t_string!(i18n, share.another) }}
        </button>
    }
}

/// One coach: name, status, dates, and the actions that fit the status.
#[component]
fn ShareCard(item_id: String, flow: Flow) -> impl IntoView {
    let i18n = use_i18n();
    let store = use_store();
    let question_id = format!("stop-question-{item_id}");
    let labelled_by = question_id.clone();
    let id = StoredValue::new(item_id);
    let record = Memo::new(move |_| {
        store
            .state()
            .with(|s| id.with_value(|id| s.sharing.share(id).cloned()))
    });
    // Follows the answers too: "your coach has an older version" as soon as one changes.
    let status = Memo::new(move |_| {
        let pack = content::pack(store.language().get());
        let today = browser::today().to_string();
        store.state().with(|s| {
            let share = id.with_value(|id| s.sharing.share(id).cloned())?;
            let now = build_summary(pack, &s.journey, &share.scope, "").fingerprint();
            Some(share.status(&now, &today))
        })
    });
    // Shown as up to date: the overview stops saying that something changed.
    Effect::new(move |_| {
        if status.with(|s| s == &Some(ShareStatus::UpToDate)) {
            id.with_value(|id| note_up_to_date(store, id));
        }
    });
    let confirming = RwSignal::new(false);
    let pack = move || content::pack(store.language().get_untracked());
    let on_update = move |_| id.with_value(|id| update(store, pack(), id));
    let on_retry = move |_| retry(store);
    let on_stop = move |_| {
        confirming.set(false);
        id.with_value(|id| stop(store, id));
    };
    let on_change = move |_| {
        if let Some(share) = record.get_untracked() {
            flow.scope.set(share.scope.clone());
            flow.go(Step::Choose(share.coach.clone()));
        }
    };
    let shows =
        move |wanted: fn(&ShareStatus) -> bool| status.with(|s| s.as_ref().is_some_and(wanted));
    view! {
        <li class="card share-card">
            <h2>{move || record.with(|r| r.as_ref().map(|r| r.coach.name.clone()))}</h2>
            <p class="share-status" role="status" data-status=move || status.with(|s| s.as_ref().map(status_name))>
                {move || status.get().map(|s| status_text(i18n, &s))}
            </p>
            <p class="help">{move || record.with(|r| r.as_ref().and_then(|r| dates_text(i18n, r)))}</p>
            <Show when=move || !confirming.get() fallback=move || view! {
                <div class="confirm" role="group" aria-labelledby=labelled_by.clone()>
                    <p id=question_id.clone()>{t!(i18n, share.stop_confirm)}</p>
                    <div class="actions">
                        <button type="button" class="button danger-solid" on:click=on_stop>
                            {t!(i18n, share.stop_yes)}
                        </button>
                        <button type="button" class="button" on:click=move |_| confirming.set(false)>
                            {t!(i18n, share.stop_no)}
                        </button>
                    </div>
                </div>
            }>
                <div class="actions">
                    <Show when=move || shows(|s| matches!(s, ShareStatus::Older | ShareStatus::Expired))>
                        <button type="button" class="button primary" on:click=on_update>
                            {t!(i18n, share.update)}
                        </button>
                    </Show>
                    <Show when=move || shows(|s| matches!(s, ShareStatus::Sending { problem: Some(_), .. } | ShareStatus::Stopping { problem: Some(_) }))>
                        <button type="button" class="button" on:click=on_retry>
                            {t!(i18n, share.retry)}
                        </button>
                    </Show>
                    <Show when=move || !shows(|s| matches!(s, ShareStatus::Stopping { .. }))>
                        <button type="button" class="button" on:click=on_change>
                            {t!(i18n, share.change)}
                        </button>
                        <button type="button" class="button danger" on:click=move |_| confirming.set(true)>
                            {t!(i18n, share.stop)}
                        </button>
                    </Show>
                </div>
            </Show>
        </li>
    }
}

/// A short name of the status, for the tests and the style.
fn status_name(status: &ShareStatus) -> &'static str {
    match status {
        ShareStatus::Sending { .. } => "sending",
        ShareStatus::Stopping { .. } => "stopping",
        ShareStatus::UpToDate => "sent",
        ShareStatus::Older => "older",
        ShareStatus::Expired => "expired",
        ShareStatus::Failed(_) => "failed",
    }
}

fn status_text(i18n: leptos_i18n::I18nContext<Locale>, status: &ShareStatus) -> &'static str {
    let waiting = |problem: &Option<Problem>| match problem {
        None => None,
        Some(Problem::Offline) => Some(t_string!(i18n, share.status_offline)),
        Some(Problem::MailboxFull) => Some(t_string!(i18n, share.status_full)),
        Some(_) => Some(t_string!(i18n, share.status_busy)),
    };
    match status {
        ShareStatus::Sending { problem, .. } => {
            waiting(problem).unwrap_or(t_string!(i18n, share.status_sending))
        }
        ShareStatus::Stopping { problem } => {
            waiting(problem).unwrap_or(t_string!(i18n, share.status_stopping))
        }
        ShareStatus::UpToDate => t_string!(i18n, share.status_sent),
        ShareStatus::Older => t_string!(i18n, share.status_older),
        ShareStatus::Expired => t_string!(i18n, share.status_expired),
        ShareStatus::Failed(Problem::CoachGone) => t_string!(i18n, share.status_gone),
        ShareStatus::Failed(Problem::TooLong) => t_string!(i18n, share.status_too_long),
        ShareStatus::Failed(_) => t_string!(i18n, share.status_refused),
    }
}

/// "Verstuurd op 23 november. Je coach kan het lezen tot 22 mei."
fn dates_text(i18n: leptos_i18n::I18nContext<Locale>, record: &ShareRecord) -> Option<String> {
    let sent = record.sent.as_ref()?;
    let day = chrono::DateTime::from_timestamp_millis(i64::try_from(sent.at).ok()?)?
        .with_timezone(&chrono::Local)
        .date_naive();
    let mut text = t_string!(i18n, share.sent_on).replace("{date}", &date_text(i18n, day));
    if let Some(until) = record.expires_on() {
        text.push(' ');
        text.push_str(
            &t_string!(i18n, share.kept_until).replace("{date}", &date_text(i18n, until)),
        );
    }
    Some(text)
}
