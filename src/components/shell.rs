//! The phone-first frame around every page: a header, the page, and the bottom navigation.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_location;

use crate::components::app_update::AppUpdate;
use crate::components::icons::{Icon, IconView};
use crate::components::install_offer::{InstallOffer, listen_for_install_prompt};
use crate::components::notice::StorageNoticeBanner;
use crate::components::reminder_banner::ReminderBanner;
use crate::i18n::*;
use crate::platform::browser;
use crate::state::reminders::provide_reminder_watch;

/// Header, storage notices, news of the app, a due reminder, the page, and the bottom
/// navigation. Starts the reminder watch, which needs the router, and moves the focus to a new
/// screen's heading. The map also gets the install offer under its islands, when it is due.
#[component]
pub fn Shell(children: Children) -> impl IntoView {
    let i18n = use_i18n();
    // The welcome screen has one way forward ("start"), so it shows no menu.
    let pathname = use_location().pathname;
    let on_welcome = move || pathname.with(|p| p == "/");
    provide_reminder_watch();
    // A new screen: keyboard and screen reader go on from its heading. Not as the app opens,
    // nor when it sends a returning youngster from the welcome to the map before any tap.
    Effect::new(move |opened: Option<()>| {
        pathname.track();
        if opened.is_some() && browser::used_yet() {
            browser::focus_soon("main h1");
        }
    });
    let on_map = move || pathname.with(|p| p == "/map");
    let prompt_kept = listen_for_install_prompt();
    view! {
        // The router would take "#content" for a route: the page is focused here instead.
        <a
            class="skip-link"
            href="#content"
            on:click=move |ev| {
                ev.prevent_default();
                browser::focus_soon("#content");
            }
        >
            {t!(i18n, skip_to_content)}
        </a>
        <header class="app-header">
            <span class="brand">{t!(i18n, app_name)}</span>
        </header>
        <StorageNoticeBanner />
        <AppUpdate />
        <ReminderBanner />
        <main id="content" tabindex="-1">
            {children()}
            // Under the map, not above it: the browser's install event comes after the map is
            // drawn, and a card put above would push the islands down under the finger.
            <Show when=on_map>
                <InstallOffer prompt_kept />
            </Show>
        </main>
        <nav class="bottom-nav" hidden=on_welcome aria-label=move || t_string!(i18n, nav.label)>
            <A href="/map">
                <IconView icon=Icon::Map />
                <span>{t!(i18n, nav.map)}</span>
            </A>
            <A href="/overview">
                <IconView icon=Icon::Overview />
                <span>{t!(i18n, nav.overview)}</span>
            </A>
            <A href="/settings">
                <IconView icon=Icon::Settings />
                <span>{t!(i18n, nav.settings)}</span>
            </A>
        </nav>
    }
}
