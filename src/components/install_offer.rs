//! "Put the app on your home screen": offered on the map at a calm moment (from the second day
//! of use, or once something was finished), never when the app is installed already, and after
//! "not now" not again for two weeks (the rule is in `stc_core::offline`). Chromium shows its own
//! install prompt; on an iPhone or iPad, two short illustrated steps say how.

use leptos::prelude::*;

use crate::i18n::*;
use crate::platform::install::{self, InstallWay};
use crate::state::use_store;

/// Keeps the browser's install prompt from the start of the app (it comes once, early) and
/// returns whether one is kept. Call once, from the shell.
pub fn listen_for_install_prompt() -> ReadSignal<bool> {
    let (prompt_kept, set_prompt_kept) = signal(false);
    install::listen(move |kept| set_prompt_kept.set(kept));
    prompt_kept
}

/// The offer, when it is due and the phone can install. Mount it on the map only.
#[component]
pub fn InstallOffer(
    /// From [`listen_for_install_prompt`].
    prompt_kept: ReadSignal<bool>,
) -> impl IntoView {
    let store = use_store();
    let today = chrono::Local::now().date_naive();
    if store
        .state()
        .with_untracked(|s| s.settings.offline.first_used_on.is_none())
    {
        // Opening the map is no tap: noted only on top of saved data, never starting a document.
        store.update_in_background(|s| s.settings.offline.first_used_on = Some(today));
    }
    let (answered, set_answered) = signal(false);
    // A memo, so that the card is drawn again only when what it offers changes.
    let way = Memo::new(move |_| {
        let due = store.state().with(|s| {
            s.settings
                .offline
                .install_offer_due(today, !s.journey.finished.is_empty())
        });
        (due && !answered.get())
            .then(|| install::install_way(prompt_kept.get()))
            .flatten()
    });
    let on_answer = move |answer: Answer| {
        set_answered.set(true);
        if answer == Answer::NotNow {
            store.update(|s| s.settings.offline.install_offer_dismissed_on = Some(today));
        }
    };
    view! {
        {move || way.get().map(|way| view! { <Offer way on_answer /> })}
    }
}

/// What the youngster did with the offer.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Answer {
    /// Said yes in the browser's prompt (or the prompt failed): the offer closes.
    Done,
    /// "Not now", here or in the browser's prompt: the offer closes for two weeks.
    NotNow,
}

/// The card itself: why, then the browser's prompt or the iPhone steps, and "not now".
#[component]
fn Offer(
    way: InstallWay,
    on_answer: impl Fn(Answer) + Copy + Send + Sync + 'static,
) -> impl IntoView {
    let i18n = use_i18n();
    let add = move |_| {
        leptos::task::spawn_local(async move {
            match install::prompt().await {
                Ok(true) => on_answer(Answer::Done),
                // The browser's own "cancel" counts as "not now".
                Ok(false) => on_answer(Answer::NotNow),
                Err(reason) => {
                    leptos::logging::warn!("the install prompt failed: {reason}");
                    on_answer(Answer::Done);
                }
            }
        });
    };
    view! {
        <aside class="install-offer card" aria-label=move || t_string!(i18n, install.label)>
            <p class="install-title">{t!(i18n, install.title)}</p>
            <p>{t!(i18n, install.why)}</p>
            {(way == InstallWay::ShareMenu).then(|| view! { <ShareMenuSteps /> })}
            <div class="actions">
                {(way == InstallWay::Prompt)
                    .then(|| {
                        view! {
                            <button type="button" class="button primary" on:click=add>
                                {t!(i18n, install.add)}
                            </button>
                        }
                    })}
                <button type="button" class="button" on:click=move |_| {
                    on_answer(Answer::NotNow);
                    crate::platform::browser::focus_soon("main h1");
                }>
                    {t!(i18n, install.not_now)}
                </button>
            </div>
        </aside>
    }
}

/// Safari has no install prompt: the share button, then "Add to Home Screen", drawn as on the phone.
#[component]
fn ShareMenuSteps() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <p class="install-how">{t!(i18n, install.how)}</p>
        <ol class="install-steps">
            <li>
                <svg class="step-icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
                    <path fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" stroke-linejoin="round" d="M12 3v12M8 7l4-4 4 4M8 10H6v11h12V10h-2" />
                </svg>
                <span>{t!(i18n, install.step_share)}</span>
            </li>
            <li>
                <svg class="step-icon" viewBox="0 0 24 24" width="32" height="32" aria-hidden="true" focusable="false">
                    <rect x="4" y="4" width="16" height="16" rx="4" fill="none" stroke="currentColor" stroke-width="1.8" />
                    <path fill="none" stroke="currentColor" stroke-width="1.8" stroke-linecap="round" d="M12 8v8M8 12h8" />
                </svg>
                <span>{t!(i18n, install.step_add)}</span>
            </li>
        </ol>
    }
}
