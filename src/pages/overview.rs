//! `/overview`: "my overview" — what matters most, then one short block per island — built by
//! `stc_core::journey::build_overview` and shown by the shared [`OverviewSheet`], with the
//! youngster's own controls. It prints on one A4 page (the browser's print also saves a PDF).
//! Under it, the way to share it with a coach (and word when something changed since sharing).

use leptos::prelude::*;
use leptos_router::components::A;
use stc_core::journey::build_overview;
use stc_core::share::journey_mark;

use crate::components::others::NewReplies;
use crate::components::overview_edit::sheet_controls;
use crate::components::overview_sheet::OverviewSheet;
use crate::content;
use crate::i18n::*;
use crate::platform::browser;
use crate::state::use_store;

/// The overview screen.
#[component]
pub fn Overview() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let overview = Memo::new(move |_| {
        let pack = content::pack(store.language().get());
        store.state().with(|s| build_overview(pack, &s.journey))
    });
    let empty = move || overview.with(|o| !o.islands.iter().any(|i| i.is_started()));
    let avatar = Signal::derive(move || store.state().with(|s| s.journey.avatar.clone()));
    // Something changed since a coach had all of it (the share screens say what the coach has).
    let changed_since_shared = Memo::new(move |_| {
        let today = browser::today().to_string();
        // Without shares, no fingerprint of the journey is made at all.
        store.state().with(|s| {
            !s.sharing.is_empty()
                && s.sharing
                    .changed_since_shared(&journey_mark(&s.journey), &today)
        })
    });
    view! {
        <section class="page overview">
            <Show
                when=move || !empty()
                fallback=move || view! {
                    <h1>{t!(i18n, overview.title)}</h1>
                    <p class="empty-state">{t!(i18n, overview.empty)}</p>
                    <A href="/map" attr:class="button primary wide">{t!(i18n, overview.to_map)}</A>
                }
            >
                <NewReplies />
                <OverviewSheet overview=overview avatar=avatar date=browser::today() controls=sheet_controls() />
                <button type="button" class="button wide print-button" on:click=move |_| browser::print()>
                    {t!(i18n, overview.print)}
                </button>
                <div class="share-line">
                    <Show when=move || changed_since_shared.get()>
                        <p>{t!(i18n, overview.share_changed)}</p>
                    </Show>
                    <a href="/share" rel="external" class="button wide">{t!(i18n, overview.share)}</a>
                </div>
                <A href="/ask" attr:class="button wide ask-link">{t!(i18n, others.ask_link)}</A>
            </Show>
        </section>
    }
}
