//! The first-step builder: what (a suggestion or own words), with whom (my people), by when.

use chrono::NaiveDate;
use leptos::prelude::*;
use stc_core::journey::{Answer, Choice, MAX_SHORT_TEXT_CHARS, Pack, PersonId, StepWhat};

use super::choices::ChoiceText;
use super::people::{AddPerson, PeopleChecks};
use crate::i18n::*;
use crate::platform::browser;

/// Three small parts on one screen; saved as soon as there is a "what".
#[component]
pub fn FirstStep(
    pack: &'static Pack,
    suggestions: &'static [Choice],
    answer: Signal<Option<Answer>>,
    save: Callback<Answer>,
) -> impl IntoView {
    let i18n = use_i18n();
    let (what, with, by) = match answer.get_untracked() {
        Some(Answer::FirstStep { what, with, by }) => (Some(what), with, by),
        _ => (None, Vec::new(), None),
    };
    let own_text = match &what {
        Some(StepWhat::Own(text)) => text.clone(),
        _ => String::new(),
    };
    let what = RwSignal::new(what);
    let own_chosen = RwSignal::new(matches!(what.get_untracked(), Some(StepWhat::Own(_))));
    let with = RwSignal::new(with);
    let by = RwSignal::new(by);
    let store_step = move || {
        if let Some(what) = what.get_untracked() {
            save.run(Answer::FirstStep {
                what,
                with: with.get_untracked(),
                by: by.get_untracked(),
            });
        }
    };
    let pick = move |id: String| {
        own_chosen.set(false);
        what.set(Some(StepWhat::Suggestion(id)));
        store_step();
    };
    let own_input = move |text: String| {
        what.set((!text.trim().is_empty()).then_some(StepWhat::Own(text)));
        store_step();
    };
    let toggle_person = Callback::new(move |id: PersonId| {
        with.update(|people| {
            if let Some(at) = people.iter().position(|p| *p == id) {
                people.remove(at);
            } else {
                people.push(id);
            }
        });
        store_step();
    });
    let added = Callback::new(move |id: PersonId| {
        // A service added again without a name is the one already in my people.
        with.update(|people| {
            if !people.contains(&id) {
                people.push(id);
            }
        });
        store_step();
    });
    let set_date = move |value: String| {
        by.set(NaiveDate::parse_from_str(&value, "%Y-%m-%d").ok());
        store_step();
    };
    let suggestion_checked = move |id: &str| {
        !own_chosen.get() && matches!(what.get(), Some(StepWhat::Suggestion(s)) if s == id)
    };
    view! {
        <div class="step-part">
            <h3>{t!(i18n, first_step.what)}</h3>
            <div class="tiles">
                {suggestions
                    .iter()
                    .map(|choice| {
                        let id = choice.id.clone();
                        let checked_id = id.clone();
                        view! {
                            <label class="tile">
                                <input
                                    type="radio"
                                    name="step-what"
                                    value=id.clone()
                                    prop:checked=move || suggestion_checked(&checked_id)
                                    on:change=move |_| pick(id.clone())
                                />
                                <ChoiceText choice=choice />
                            </label>
                        }
                    })
                    .collect_view()}
                <label class="tile">
                    <input
                        type="radio"
                        name="step-what"
                        value="own"
                        prop:checked=move || own_chosen.get()
                        on:change=move |_| {
                            own_chosen.set(true);
                            what.set(None);
                        }
                    />
                    <span class="choice-label">{t!(i18n, first_step.own)}</span>
                </label>
            </div>
            <Show when=move || own_chosen.get()>
                <label class="field">
                    <span>{t!(i18n, first_step.own_label)}</span>
                    <input
                        type="text"
                        name="step-own"
                        maxlength=MAX_SHORT_TEXT_CHARS
                        prop:value=own_text.clone()
                        on:input=move |ev| own_input(event_target_value(&ev))
                    />
                </label>
            </Show>
        </div>
        <div class="step-part">
            <h3>{t!(i18n, first_step.with)}</h3>
            <p class="help">{t!(i18n, first_step.with_help)}</p>
            <PeopleChecks pack=pack picked=with on_toggle=toggle_person />
            <AddPerson pack=pack suggested=&[] on_added=added />
        </div>
        <div class="step-part">
            <h3><label for="step-by">{t!(i18n, first_step.by)}</label></h3>
            <p class="help">{t!(i18n, first_step.by_help)}</p>
            <input
                id="step-by"
                type="date"
                name="step-by"
                min=browser::today().format("%Y-%m-%d").to_string()
                prop:value=by.get_untracked().map(|d| d.format("%Y-%m-%d").to_string()).unwrap_or_default()
                on:change=move |ev| set_date(event_target_value(&ev))
            />
        </div>
        <p class="help" hidden=move || what.get().is_some()>{t!(i18n, first_step.choose_what_first)}</p>
    }
}
