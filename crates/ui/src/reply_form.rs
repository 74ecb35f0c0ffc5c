//! The fields of a reply to "Wat zie jij in mij?": the strengths (at most three) or the ways to
//! help as chips with own words, and the short message. The hand-over on the youngster's phone
//! and the invited person's page (`/invite/`) both fill a [`ReplyWords`] draft with them, so the
//! two ask the same in the same words; each page keeps its own title and buttons.

use leptos::prelude::*;
use leptos_i18n::I18nContext;
use stc_core::journey::{
    HELP_WAYS, MAX_MESSAGE_CHARS, MAX_OWN_WORDS_CHARS, ReplyError, ReplyWords, STRENGTHS,
};
use stc_i18n::i18n::*;

use crate::others::{help_word, strength_word};

/// What to change when a reply cannot be taken, in easy words.
pub fn reply_problem(i18n: I18nContext<Locale>, problem: &ReplyError) -> String {
    match problem {
        ReplyError::TooLong { max, .. } => {
            t_string!(i18n, others.too_long).replace("{max}", &max.to_string())
        }
        ReplyError::TooManyStrengths => t_string!(i18n, others.strengths_full).to_owned(),
        _ => t_string!(i18n, others.empty).to_owned(),
    }
}

/// The listed words of the chips, for a page that reads its screen aloud.
pub fn pick_words(i18n: I18nContext<Locale>, strengths: bool) -> String {
    let ids: &[&str] = if strengths { &STRENGTHS } else { &HELP_WAYS };
    ids.iter()
        .map(|id| {
            if strengths {
                strength_word(i18n, id)
            } else {
                help_word(i18n, id)
            }
        })
        .collect::<Vec<_>>()
        .join(", ")
}

/// The strengths (at most three) or the ways to help, as chips, and own words. `help` is the
/// group's legend.
#[component]
pub fn ReplyPicks(
    #[prop(into)] help: Signal<String>,
    /// The strengths; else the ways to help.
    strengths: bool,
    draft: RwSignal<ReplyWords>,
) -> impl IntoView {
    let i18n = use_i18n();
    let full = RwSignal::new(false);
    let ids: &'static [&'static str] = if strengths { &STRENGTHS } else { &HELP_WAYS };
    let (own_label, own_example) = if strengths {
        (
            t_string!(i18n, others.own_strength),
            t_string!(i18n, others.own_strength_example),
        )
    } else {
        (
            t_string!(i18n, others.own_help),
            t_string!(i18n, others.own_help_example),
        )
    };
    view! {
        <fieldset class="reply-picks-field">
            <legend class="help">{help}</legend>
            <div class="chips">
                {ids.iter().map(|id| {
                    let id: &'static str = id;
                    view! {
                        <label class="chip">
                            <input
                                type="checkbox"
                                name=if strengths { "strength" } else { "help-way" }
                                value=id
                                prop:checked=move || draft.with(|d| d.has(id))
                                on:change=move |_| {
                                    let mut changed = draft.get_untracked();
                                    let done = if strengths { changed.toggle_strength(id) } else { changed.toggle_help(id) };
                                    full.set(done.is_err());
                                    if done.is_ok() {
                                        draft.set(changed);
                                    } else {
                                        // The box shows the unchanged draft again.
                                        draft.notify();
                                    }
                                }
                            />
                            <span class="choice-label">{move || if strengths { strength_word(i18n, id) } else { help_word(i18n, id) }}</span>
                        </label>
                    }
                }).collect_view()}
            </div>
        </fieldset>
        <p class="error" role="alert">{move || full.get().then(|| t_string!(i18n, others.strengths_full))}</p>
        <label class="field">
            <span>{own_label}</span>
            <input
                type="text"
                name=if strengths { "own-strength" } else { "own-help" }
                maxlength=MAX_OWN_WORDS_CHARS
                autocomplete="off"
                placeholder=own_example
                prop:value=move || draft.with(|d| d.own(strengths).to_owned())
                on:input=move |ev| draft.update(|d| d.set_own(strengths, &event_target_value(&ev)))
            />
        </label>
    }
}

/// "Jouw bericht (mag leeg)": the short message of a reply.
#[component]
pub fn ReplyMessage(draft: RwSignal<ReplyWords>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <label class="field">
            <span>{t!(i18n, others.message_label)}</span>
            <textarea
                name="message"
                rows="4"
                maxlength=MAX_MESSAGE_CHARS
                placeholder=move || t_string!(i18n, others.message_example)
                prop:value=move || draft.with(|d| d.message.clone().unwrap_or_default())
                on:input=move |ev| {
                    let text = event_target_value(&ev);
                    draft.update(|d| d.message = (!text.trim().is_empty()).then_some(text));
                }
            ></textarea>
        </label>
    }
}

/// "Terug" and "Verder" under a screen of the reply.
#[component]
pub fn BackNext(on_back: Callback<()>, on_next: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <div class="step-buttons">
            <button type="button" class="button" on:click=move |_| on_back.run(())>{t!(i18n, others.back)}</button>
            <button type="button" class="button primary" on:click=move |_| on_next.run(())>{t!(i18n, others.next)}</button>
        </div>
    }
}
