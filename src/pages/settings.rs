//! `/settings`: language and colours, saved at once.

use leptos::prelude::*;
use leptos_router::components::A;
use stc_core::{Language, Theme};

use crate::components::radio_tiles::RadioTiles;
use crate::i18n::*;
use crate::platform::browser;
use crate::state::use_store;

/// The language the app shows now (chosen, or the browser's).
pub fn current_language() -> Signal<Language> {
    let store = use_store();
    let browser_languages = browser::preferred_languages();
    Signal::derive(move || {
        store
            .state()
            .with(|s| s.settings.effective_language(&browser_languages))
    })
}

/// The languages, each named in itself, for a [`RadioTiles`] group.
pub fn language_options() -> Vec<(Language, Signal<String>)> {
    Language::ALL
        .into_iter()
        .map(|l| (l, Signal::stored(l.endonym().to_owned())))
        .collect()
}

/// The settings screen.
#[component]
pub fn Settings() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let themes = Theme::ALL
        .into_iter()
        .map(|theme| {
            let label = Signal::derive(move || {
                match theme {
                    Theme::System => t_string!(i18n, settings.theme_system),
                    Theme::Light => t_string!(i18n, settings.theme_light),
                    Theme::Dark => t_string!(i18n, settings.theme_dark),
                }
                .to_owned()
            });
            (theme, label)
        })
        .collect::<Vec<_>>();
    view! {
        <section class="page settings">
            <h1>{t!(i18n, settings.title)}</h1>
            <p>{t!(i18n, settings.saved_on_phone)}</p>
            <RadioTiles
                name="language"
                legend=Signal::derive(move || t_string!(i18n, settings.language).to_owned())
                options=language_options()
                selected=current_language()
                on_select=Callback::new(move |l| store.set_language(l))
            />
            <RadioTiles
                name="theme"
                legend=Signal::derive(move || t_string!(i18n, settings.theme).to_owned())
                options=themes
                selected=Signal::derive(move || store.state().with(|s| s.settings.theme))
                on_select=Callback::new(move |t| store.set_theme(t))
            />
            <p class="more">
                <A href="/coach">{t!(i18n, settings.coach_link)}</A>
            </p>
        </section>
    }
}
