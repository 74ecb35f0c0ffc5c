//! "My people": pick who can help from one list that every island shares, and add someone new.

use leptos::prelude::*;
use stc_core::journey::{Answer, Pack, PersonError, PersonId};

use crate::i18n::*;
use crate::state::use_store;

/// Checkboxes for everyone in "my people", and a way to add someone (who is then picked).
#[component]
pub fn PickPeople(
    pack: &'static Pack,
    suggested: &'static [String],
    answer: Signal<Option<Answer>>,
    save: Callback<Answer>,
    clear: Callback<()>,
) -> impl IntoView {
    let picked = move || match answer.get() {
        Some(Answer::People { people }) => people,
        _ => Vec::new(),
    };
    let set = move |people: Vec<PersonId>| {
        if people.is_empty() {
            clear.run(());
        } else {
            save.run(Answer::People { people });
        }
    };
    let toggle = move |id: PersonId| {
        let mut people = picked();
        if let Some(at) = people.iter().position(|p| *p == id) {
            people.remove(at);
        } else {
            people.push(id);
        }
        set(people);
    };
    let added = Callback::new(move |id: PersonId| {
        let mut people = picked();
        people.push(id);
        set(people);
    });
    view! {
        <PeopleChecks pack=pack picked=Signal::derive(picked) on_toggle=Callback::new(toggle) />
        <AddPerson pack=pack suggested=suggested on_added=added />
    }
}

/// Everyone in "my people" as checkboxes, or a line that says the list is empty.
#[component]
pub fn PeopleChecks(
    pack: &'static Pack,
    #[prop(into)] picked: Signal<Vec<PersonId>>,
    on_toggle: Callback<PersonId>,
) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let people = move || store.state().with(|s| s.journey.people.clone());
    view! {
        <Show
            when=move || !people().is_empty()
            fallback=move || view! { <p class="help">{t!(i18n, people.empty)}</p> }
        >
            <div class="tiles people-list">
                <For each=people key=|p| (p.id, p.name.clone(), p.relation.clone()) let:person>
                    <label class="tile">
                        <input
                            type="checkbox"
                            name="people"
                            prop:checked=move || picked.get().contains(&person.id)
                            on:change=move |_| on_toggle.run(person.id)
                        />
                        <span class="choice-text">
                            <span class="choice-label">{person.name.clone()}</span>
                            <span class="choice-example">{pack.relation_label(&person.relation).to_owned()}</span>
                        </span>
                    </label>
                </For>
            </div>
        </Show>
    }
}

/// "Add someone": a name and a relation (the ones that fit this question first).
#[component]
pub fn AddPerson(
    pack: &'static Pack,
    suggested: &'static [String],
    on_added: Callback<PersonId>,
) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let name = RwSignal::new(String::new());
    let first_relation = suggested
        .first()
        .cloned()
        .or_else(|| pack.relations.first().map(|r| r.id.clone()))
        .unwrap_or_default();
    let relation = RwSignal::new(first_relation.clone());
    let error = RwSignal::new(None::<PersonError>);
    let relations = suggested
        .iter()
        .filter_map(|id| pack.relations.iter().find(|r| r.id == *id))
        .chain(pack.relations.iter().filter(|r| !suggested.contains(&r.id)))
        .map(|r| (r.id.clone(), r.label.clone()))
        .collect::<Vec<_>>();
    let add = move || {
        let outcome = store.try_update(|s| {
            s.journey
                .add_person(pack, &name.get_untracked(), &relation.get_untracked())
        });
        match outcome {
            Some(Ok(id)) => {
                name.set(String::new());
                error.set(None);
                open.set(false);
                on_added.run(id);
                crate::platform::browser::focus_soon(".add-person");
            }
            Some(Err(e)) => {
                error.set(Some(e));
                crate::platform::browser::focus_soon(".add-person-form .error");
            }
            // Not made (a newer version, or everything deleted elsewhere): the notice says so.
            None => {}
        }
    };
    let message = move || {
        error.get().map(|e| match e {
            PersonError::NameTooLong { .. } => t_string!(i18n, people.name_too_long),
            _ => t_string!(i18n, people.name_needed),
        })
    };
    view! {
        <Show
            when=move || open.get()
            fallback=move || view! {
                <button type="button" class="button add-person" on:click=move |_| {
                    open.set(true);
                    crate::platform::browser::focus_soon(".add-person-form input");
                }>
                    {t!(i18n, people.add)}
                </button>
            }
        >
            <div class="card add-person-form" role="group" aria-labelledby="add-person-title">
                <h3 id="add-person-title">{t!(i18n, people.add_title)}</h3>
                <label class="field">
                    <span>{t!(i18n, people.name)}</span>
                    <input
                        type="text"
                        name="person-name"
                        maxlength="40"
                        autocomplete="off"
                        prop:value=move || name.get()
                        on:input=move |ev| name.set(event_target_value(&ev))
                        on:keydown=move |ev| {
                            if ev.key() == "Enter" {
                                ev.prevent_default();
                                add();
                            }
                        }
                    />
                </label>
                <label class="field">
                    <span>{t!(i18n, people.relation)}</span>
                    <select name="person-relation" on:change=move |ev| relation.set(event_target_value(&ev))>
                        {relations
                            .iter()
                            .map(|(id, label)| {
                                let selected = *id == first_relation;
                                view! { <option value=id.clone() selected=selected>{label.clone()}</option> }
                            })
                            .collect_view()}
                    </select>
                </label>
                <p class="error" role="alert">{message}</p>
                <div class="actions">
                    <button type="button" class="button primary" on:click=move |_| add()>
                        {t!(i18n, people.save)}
                    </button>
                    <button type="button" class="button" on:click=move |_| {
                        open.set(false);
                        crate::platform::browser::focus_soon(".add-person");
                    }>
                        {t!(i18n, people.cancel)}
                    </button>
                </div>
            </div>
        </Show>
    }
}
