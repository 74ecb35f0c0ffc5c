//! The youngster's side of "Wat anderen in mij zien": a new reply as a discovery ("Oma ziet dit
//! in jou") with keep or not, the new replies above the overview, and the control that removes
//! a kept reply. The words are drawn by the shared `stc_ui::others`.

use leptos::prelude::*;
use stc_ui::others::ReplyWordsView;

use crate::components::icons::{Icon, IconView};
use crate::i18n::*;
use crate::state::use_store;

/// What to change when a reply cannot be taken, in easy words (the invited page says the same).
pub use stc_ui::reply_form::reply_problem;

/// One reply the youngster has not decided on: who sees what in them, and keep or not. After
/// the choice, a line says what happened. `heading`: the page's own title (the hand-over's end).
#[component]
pub fn ReplyDiscovery(reply: u32, #[prop(optional)] heading: bool) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let shown = store
        .state()
        .with_untracked(|s| s.journey.replies.iter().find(|r| r.id == reply).cloned());
    let decided = RwSignal::new(None::<bool>);
    let Some(shown) = shown else {
        return ().into_any();
    };
    let name = shown.words.from.clone();
    let title = move || t_string!(i18n, others.sees_in_you).replace("{name}", &name);
    let choose = move |keep: bool| {
        let made = store.try_update(|s| s.journey.keep_reply(reply, keep));
        if matches!(made, Some(Ok(()))) {
            decided.set(Some(keep));
            crate::platform::browser::focus_soon(".reply-decided");
        }
    };
    view! {
        <article class="card discovery reply-discovery">
            <p class="discovery-sign"><IconView icon=Icon::Star /></p>
            {if heading {
                view! { <h1>{title.clone()}</h1> }.into_any()
            } else {
                view! { <h3>{title.clone()}</h3> }.into_any()
            }}
            <ReplyWordsView words=shown.words />
            <Show
                when=move || decided.get().is_none()
                fallback=move || view! {
                    <p class="reply-decided" tabindex="-1">
                        {move || if decided.get() == Some(true) { t_string!(i18n, others.kept) } else { t_string!(i18n, others.not_kept) }}
                    </p>
                }
            >
                <div class="step-buttons">
                    <button type="button" class="button" on:click=move |_| choose(false)>{t!(i18n, others.not_keep)}</button>
                    <button type="button" class="button primary" on:click=move |_| choose(true)>{t!(i18n, others.keep)}</button>
                </div>
            </Show>
        </article>
    }
    .into_any()
}

/// The replies the youngster has not decided on yet, newest first, above the overview.
#[component]
pub fn NewReplies() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    // Fixed when the page opens, so a reply just decided stays to show what happened.
    let waiting = store
        .state()
        .with_untracked(|s| s.journey.new_replies().map(|r| r.id).collect::<Vec<_>>());
    (!waiting.is_empty()).then(|| {
        view! {
            <section class="new-replies" aria-labelledby="new-replies-title">
                <h2 id="new-replies-title">{t!(i18n, others.new_title)}</h2>
                {waiting.into_iter().rev().map(|id| view! { <ReplyDiscovery reply=id /> }).collect_view()}
            </section>
        }
    })
}

/// Beside a kept reply on the youngster's own overview: "Weghalen" (from the phone).
pub fn remove_button(reply: u32, name: String) -> AnyView {
    let store = use_store();
    let i18n = use_i18n();
    view! {
        <button type="button" class="button small remove-reply" on:click=move |_| {
            store.update(|s| {
                let _ = s.journey.remove_reply(reply);
            });
        }>
            {t!(i18n, others.remove)}
            <span class="visually-hidden">{move || format!(" {}", t_string!(i18n, others.remove_of).replace("{name}", &name))}</span>
        </button>
    }
    .into_any()
}
