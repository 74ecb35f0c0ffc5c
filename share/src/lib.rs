//! "Deel met je coach" (`/share`): the youngster's choosing, preview and consent, and the list
//! of coaches shared with (update, stop). An app of its own, so that the youngster's first visit
//! does not carry it: most never share, and those who do are online for the coach's code. It is
//! the youngster's app all the same: the same state on this phone (`start_to_can::state`), the
//! same frame and views, and the same outbox, which the youngster's app also sends from.
//!
//! The worker keeps this app's files once it was opened, so update and stop work offline later.

mod share;
mod share_list;
mod share_steps;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::hooks::use_location;
use leptos_router::path;
use start_to_can::components::shell::Shell;
use start_to_can::content::ContentReady;
use start_to_can::i18n::I18nContextProvider;

use crate::share::SharePage;

/// The whole app: translations, the stored state, the frame and the one route.
#[component]
pub fn App() -> impl IntoView {
    view! {
        <I18nContextProvider>
            <AppWithState />
        </I18nContextProvider>
    }
}

#[component]
fn AppWithState() -> impl IntoView {
    start_to_can::start_state();
    view! {
        <Router>
            <Shell>
                <Routes fallback=ToTheApp>
                    <Route path=path!("/share") view=|| view! { <ContentReady><SharePage /></ContentReady> } />
                </Routes>
            </Shell>
        </Router>
    }
}

/// Any other path (the menu, "naar de kaart") belongs to the youngster's app: that page is
/// loaded in place of this one. The address comes from the router, which may not have written it
/// to the address bar yet.
#[component]
fn ToTheApp() -> impl IntoView {
    let location = use_location();
    let mut address = location.pathname.get_untracked();
    for (mark, part) in [
        ('?', location.search.get_untracked()),
        ('#', location.hash.get_untracked()),
    ] {
        let part = part.trim_start_matches(mark);
        if !part.is_empty() {
            address.push(mark);
            address.push_str(part);
        }
    }
    if let Err(error) = window().location().replace(&address) {
        leptos::logging::warn!("could not open the app at {address}: {error:?}");
    }
}
