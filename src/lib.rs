//! Start To Can, the app: an offline-first PWA that helps young people think about their future,
//! one island at a time. Domain rules live in `stc-core`; this crate renders them.

// The `i18n` module: every UI string from `locales/*.json`, checked at compile time, shared
// with the coach's app and the views both show (`stc-i18n`, `stc-ui`).
pub use stc_i18n::i18n;

pub mod components;
pub mod content;
pub mod pages;
pub mod platform;
pub mod state;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;

use crate::components::shell::Shell;
use crate::content::ContentReady;
use crate::i18n::I18nContextProvider;
use crate::pages::{
    ask::AskPage, avatar::AvatarPage, check_in::CheckInPage, exercise::ExercisePage,
    follow_up::FollowUpPage, island::IslandPage, map::Map, not_found::NotFound, overview::Overview,
    reminders::Reminders, settings::Settings, share_away::ShareAway, welcome::Welcome,
};

/// The whole app: translations, the stored state, the shell and the routes.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <I18nContextProvider>
            <AppWithState />
        </I18nContextProvider>
    }
}

/// What the youngster's two apps (this one and "Deel met je coach", `share/`) start with, inside
/// the translations: the stored state (it needs them to apply the language), reading aloud, the
/// fetch of the content in the language shown, and the outbox to the coaches.
pub fn start_state() -> state::Store {
    let store = state::provide_store();
    state::read_aloud::provide_read_aloud();
    content::load_packs_for(store.language());
    state::share::start_outbox(store);
    store
}

/// The state, the look for replies to links, and the routes; the pages that show content wait
/// for it. `/share` is its own app (`share/`, fetched only by whoever shares): the links to it
/// leave this one (`rel="external"`), and this app shows `/share` only when that app could not
/// be fetched ([`ShareAway`]).
#[component]
fn AppWithState() -> impl IntoView {
    let store = start_state();
    state::invite::start_fetching(store);
    view! {
        <Router>
            <Shell>
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=Welcome />
                    <Route path=path!("/avatar") view=AvatarPage />
                    <Route path=path!("/map") view=|| view! { <ContentReady><Map /></ContentReady> } />
                    <Route path=path!("/island/:id") view=|| view! { <ContentReady><IslandPage /></ContentReady> } />
                    <Route path=path!("/island/:id/check-in") view=|| view! { <ContentReady><CheckInPage /></ContentReady> } />
                    <Route path=path!("/step/:exercise/:question") view=|| view! { <ContentReady><FollowUpPage /></ContentReady> } />
                    <Route path=path!("/exercise/:id") view=|| view! { <ContentReady><ExercisePage /></ContentReady> } />
                    <Route path=path!("/overview") view=|| view! { <ContentReady><Overview /></ContentReady> } />
                    <Route path=path!("/ask") view=|| view! { <ContentReady><AskPage /></ContentReady> } />
                    <Route path=path!("/settings") view=Settings />
                    <Route path=path!("/reminders") view=Reminders />
                    <Route path=path!("/share") view=ShareAway />
                </Routes>
            </Shell>
        </Router>
    }
}
