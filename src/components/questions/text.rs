//! A short optional text, with examples to lean on.

use leptos::prelude::*;
use stc_core::journey::{Answer, MAX_TEXT_CHARS};

use crate::i18n::*;

/// A text area saved while typing; emptying it takes the answer back.
#[component]
pub fn ShortText(
    examples: &'static [String],
    answer: Signal<Option<Answer>>,
    save: Callback<Answer>,
    clear: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    // The saved copy is trimmed, so the field is filled once and then left to the youngster.
    let initial = match answer.get_untracked() {
        Some(Answer::Text { text }) => text,
        _ => String::new(),
    };
    let length = RwSignal::new(initial.chars().count());
    let on_input = move |ev| {
        let text = event_target_value(&ev);
        length.set(text.chars().count());
        if text.trim().is_empty() {
            clear.run(());
        } else {
            save.run(Answer::Text { text });
        }
    };
    view! {
        {(!examples.is_empty()).then(|| view! {
            <div class="examples">
                <p>{t!(i18n, exercise.for_example)}</p>
                <ul>{examples.iter().map(|e| view! { <li>{e.clone()}</li> }).collect_view()}</ul>
            </div>
        })}
        <label class="field">
            <span>{t!(i18n, exercise.your_words)}</span>
            <textarea rows="4" maxlength=MAX_TEXT_CHARS prop:value=initial on:input=on_input></textarea>
        </label>
        <p class="counter">
            {move || format!("{} / {MAX_TEXT_CHARS}", length.get())}
        </p>
    }
}
