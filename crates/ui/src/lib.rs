//! The views that the youngster's app and the coach's app both show, so the coach sees a summary
//! exactly as the youngster's preview showed it: the overview sheet with its charts (now and later, and over time), the avatar,
//! the islands' signs and names, a date written out, the answers themselves of a shared summary,
//! and the whole summary as the coach sees it. Their words come from the one shared
//! `stc_i18n` module, in the language of the app that shows them.

pub mod avatar;
pub mod chart;
pub mod dates;
pub mod growth_chart;
pub mod island_art;
pub mod others;
pub mod overview_sheet;
pub mod reply_form;
pub mod shared_answers;
pub mod summary;

/// The strings' locale of an app language (both apps show the same three).
pub fn locale_of(language: stc_core::Language) -> stc_i18n::i18n::Locale {
    use stc_i18n::i18n::Locale;
    match language {
        stc_core::Language::Nl => Locale::nl,
        stc_core::Language::En => Locale::en,
        stc_core::Language::Fi => Locale::fi,
    }
}

/// "Taal" and a choice of the three languages, each in its own words, at the foot of the coach's
/// app and of the invited person's page.
#[leptos::component]
pub fn LanguageSelect(
    #[prop(into)] language: leptos::prelude::Signal<stc_core::Language>,
    on_change: leptos::prelude::Callback<stc_core::Language>,
) -> impl leptos::IntoView {
    use leptos::prelude::*;
    use stc_core::Language;
    use stc_i18n::i18n::*;
    let i18n = use_i18n();
    view! {
        <label class="field language-field">
            <span>{t!(i18n, coach_app.language)}</span>
            <select on:change=move |event| {
                if let Some(chosen) = Language::from_tag(&event_target_value(&event)) {
                    on_change.run(chosen);
                }
            }>
                {Language::ALL.map(|option| view! {
                    <option value=option.tag() selected=move || language.get() == option>
                        {option.endonym()}
                    </option>
                })}
            </select>
        </label>
    }
}
