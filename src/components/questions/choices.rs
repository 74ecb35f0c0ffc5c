//! Choosing: one tile, chips, and sorting cards into "important to me" and "not now".

use leptos::prelude::*;
use stc_core::journey::{Answer, Choice, MAX_SHORT_TEXT_CHARS, PackTexts};

use crate::i18n::*;

/// The words typed after "something else…", or `None` when the field is empty.
fn typed(text: String) -> Option<String> {
    (!text.trim().is_empty()).then_some(text)
}

/// The label of a choice with its example underneath.
#[component]
pub(super) fn ChoiceText(choice: &'static Choice) -> impl IntoView {
    view! {
        <span class="choice-text">
            <span class="choice-label">{choice.label.clone()}</span>
            {choice.example.clone().map(|e| view! { <span class="choice-example">{e}</span> })}
        </span>
    }
}

/// The field for "something else…", shown under the choices once it is picked. It starts with
/// the saved words and is not rewritten while typing (the saved copy is trimmed).
#[component]
fn OtherField(value: Signal<String>, on_input: Callback<String>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <label class="field other-field">
            <span>{t!(i18n, exercise.other_words)}</span>
            <input
                type="text"
                maxlength=MAX_SHORT_TEXT_CHARS
                prop:value=value.get_untracked()
                on:input=move |ev| on_input.run(event_target_value(&ev))
            />
        </label>
    }
}

/// One tap among tiles.
#[component]
pub fn SingleChoice(
    name: String,
    choices: &'static [Choice],
    answer: Signal<Option<Answer>>,
    save: Callback<Answer>,
) -> impl IntoView {
    let chosen = move || match answer.get() {
        Some(Answer::SingleChoice { choice, other_text }) => Some((choice, other_text)),
        _ => None,
    };
    let other = choices.iter().find(|c| c.other);
    view! {
        <div class="tiles">
            {choices
                .iter()
                .map(|choice| {
                    let id = choice.id.clone();
                    let checked = {
                        let id = id.clone();
                        move || chosen().is_some_and(|(c, _)| c == id)
                    };
                    view! {
                        <label class="tile">
                            <input
                                type="radio"
                                name=name.clone()
                                value=id.clone()
                                prop:checked=checked
                                on:change=move |_| save.run(Answer::SingleChoice {
                                    choice: id.clone(),
                                    other_text: None,
                                })
                            />
                            <ChoiceText choice=choice />
                        </label>
                    }
                })
                .collect_view()}
        </div>
        {other.map(|other| {
            let id = other.id.clone();
            let shown = {
                let id = id.clone();
                move || chosen().is_some_and(|(c, _)| c == id)
            };
            view! {
                <Show when=shown.clone()>
                    <OtherField
                        value=Signal::derive(move || chosen().and_then(|(_, t)| t).unwrap_or_default())
                        on_input=Callback::new({
                            let id = id.clone();
                            move |text| save.run(Answer::SingleChoice {
                                choice: id.clone(),
                                other_text: typed(text),
                            })
                        })
                    />
                </Show>
            }
        })}
    }
}

/// Chips: any number of choices (up to `max`).
#[component]
pub fn MultipleChoice(
    name: String,
    /// The question says itself how many may be chosen.
    has_help: bool,
    choices: &'static [Choice],
    max: Option<usize>,
    answer: Signal<Option<Answer>>,
    save: Callback<Answer>,
    clear: Callback<()>,
) -> impl IntoView {
    let i18n = use_i18n();
    let current = move || match answer.get() {
        Some(Answer::MultipleChoice {
            choices,
            other_text,
        }) => (choices, other_text),
        _ => (Vec::new(), None),
    };
    let toggle = move |id: String| {
        let (mut picked, other_text) = current();
        if let Some(at) = picked.iter().position(|c| *c == id) {
            picked.remove(at);
        } else {
            picked.push(id);
        }
        let other_picked = choices.iter().any(|c| c.other && picked.contains(&c.id));
        if picked.is_empty() {
            clear.run(());
        } else {
            save.run(Answer::MultipleChoice {
                choices: picked,
                other_text: other_text.filter(|_| other_picked),
            });
        }
    };
    let full = move || max.is_some_and(|max| current().0.len() >= max);
    let other = choices.iter().find(|c| c.other);
    view! {
        {max.filter(|_| !has_help).map(|max| view! {
            <p class="help">{move || t_string!(i18n, exercise.choose_max).replace("{max}", &max.to_string())}</p>
        })}
        <div class="chips">
            {choices
                .iter()
                .map(|choice| {
                    let id = choice.id.clone();
                    let checked = {
                        let id = id.clone();
                        move || current().0.contains(&id)
                    };
                    let disabled = {
                        let checked = checked.clone();
                        move || full() && !checked()
                    };
                    view! {
                        <label class="chip">
                            <input
                                type="checkbox"
                                name=name.clone()
                                value=id.clone()
                                prop:checked=checked
                                prop:disabled=disabled
                                on:change=move |_| toggle(id.clone())
                            />
                            <ChoiceText choice=choice />
                        </label>
                    }
                })
                .collect_view()}
        </div>
        {other.map(|other| {
            let id = other.id.clone();
            view! {
                <Show when=move || current().0.contains(&id)>
                    <OtherField
                        value=Signal::derive(move || current().1.unwrap_or_default())
                        on_input=Callback::new(move |text| {
                            let (picked, _) = current();
                            save.run(Answer::MultipleChoice { choices: picked, other_text: typed(text) });
                        })
                    />
                </Show>
            }
        })}
    }
}

/// Which pile a card is on.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Pile {
    Important,
    NotNow,
}

/// Every card with two buttons: "important to me" and "not now". Tapping the chosen pile again
/// takes the card back.
#[component]
pub fn CardSort(
    cards: &'static [Choice],
    texts: &'static PackTexts,
    answer: Signal<Option<Answer>>,
    save: Callback<Answer>,
    clear: Callback<()>,
) -> impl IntoView {
    let piles = move || match answer.get() {
        Some(Answer::CardSort { important, not_now }) => (important, not_now),
        _ => (Vec::new(), Vec::new()),
    };
    let pile_of = move |id: &str| {
        let (important, not_now) = piles();
        if important.iter().any(|c| c == id) {
            Some(Pile::Important)
        } else if not_now.iter().any(|c| c == id) {
            Some(Pile::NotNow)
        } else {
            None
        }
    };
    let place = move |id: String, pile: Pile| {
        let (mut important, mut not_now) = piles();
        let was = pile_of(&id);
        important.retain(|c| *c != id);
        not_now.retain(|c| *c != id);
        if was != Some(pile) {
            match pile {
                Pile::Important => important.push(id),
                Pile::NotNow => not_now.push(id),
            }
        }
        if important.is_empty() && not_now.is_empty() {
            clear.run(());
        } else {
            save.run(Answer::CardSort { important, not_now });
        }
    };
    view! {
        <ul class="cards">
            {cards
                .iter()
                .map(|card| {
                    let id = card.id.clone();
                    let is = {
                        let id = id.clone();
                        move |pile: Pile| pile_of(&id) == Some(pile)
                    };
                    let (id_a, id_b) = (id.clone(), id.clone());
                    let (is_a, is_b) = (is.clone(), is.clone());
                    view! {
                        <li class="sort-card" data-card=id.clone()>
                            <ChoiceText choice=card />
                            <div class="pile-buttons">
                                <button
                                    type="button"
                                    class="pile important"
                                    aria-pressed=move || is_a(Pile::Important).to_string()
                                    on:click=move |_| place(id_a.clone(), Pile::Important)
                                >
                                    {texts.important.clone()}
                                </button>
                                <button
                                    type="button"
                                    class="pile not-now"
                                    aria-pressed=move || is_b(Pile::NotNow).to_string()
                                    on:click=move |_| place(id_b.clone(), Pile::NotNow)
                                >
                                    {texts.not_now.clone()}
                                </button>
                            </div>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
}
