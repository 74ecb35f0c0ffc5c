//! Start To Can for coaches, at `/coach/`: its own small app, so the youngster's download carries
//! none of it. The coach makes an identity here (the key pair never leaves this browser), hands out
//! the code, reads the summaries youngsters shared (drawn by the same sheet as the youngster's
//! preview, `stc-ui`), keeps private notes, sees the use of the tool, and moves to another device
//! with a passphrase-locked file. The rules live in `stc_core::coach`.

pub mod components;
pub mod pages;
pub mod platform;
pub mod state;

use leptos::prelude::*;
use leptos_router::components::{Route, Router, Routes};
use leptos_router::path;
use stc_i18n::i18n::I18nContextProvider;

use crate::components::shell::Shell;
use crate::pages::{
    code::MyCode, device::OtherDevice, home::Home, not_found::NotFound, usage::Usage,
    youngster::Youngster,
};

/// The coach's app: translations, the stored state, the frame and the routes.
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
    state::provide_coach_state();
    platform::browser::register_worker();
    view! {
        <Router>
            <Shell>
                <Routes fallback=NotFound>
                    <Route path=path!("/coach") view=Home />
                    <Route path=path!("/coach/code") view=MyCode />
                    <Route path=path!("/coach/youngster/:id") view=Youngster />
                    <Route path=path!("/coach/use") view=Usage />
                    <Route path=path!("/coach/device") view=OtherDevice />
                </Routes>
            </Shell>
        </Router>
    }
}
