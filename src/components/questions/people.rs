//! "Who can help me": the services and roles a question suggests as tiles (one tap, no name),
//! everyone of "my people" next to them, and a way to add someone, with or without a name. The
//! rules (one entry per service, a name only for "someone else") are in
//! `stc_core::journey::people`.

use leptos::prelude::*;
use leptos_router::components::A;
use stc_core::journey::{Answer, HelperTap, HelperTile, Pack, PersonError, PersonId};

use crate::i18n::*;
use crate::state::use_store;

/// The tiles of a "who helps me" question, and a way to add someone (who is then picked).
#[component]
pub fn PickPeople(
    pack: &'static Pack,
    suggested: &'static [String],
    answer: Signal<Option<Answer>>,
    save: Callback<Answer>,
    clear: Callback<()>,
) -> impl IntoView {
    let store = use_store();
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
    let tap = Callback::new(move |tap: HelperTap| {
        let mut people = picked();
        match tap {
            HelperTap::Person(id) => {
                if let Some(at) = people.iter().position(|p| *p == id) {
                    people.remove(at);
                } else {
                    people.push(id);
                }
                set(people);
            }
            HelperTap::Relation(relation) => {
                let outcome =
                    store.try_update(|s| s.journey.tap_relation(pack, &people, &relation));
                // Not made (a newer version, or everything deleted elsewhere): the notice says so.
                if let Some(Ok(people)) = outcome {
                    set(people);
                }
            }
        }
    });
    let added = Callback::new(move |id: PersonId| {
        let mut people = picked();
        if !people.contains(&id) {
            people.push(id);
        }
        set(people);
    });
    view! {
        <HelperTiles pack=pack suggested=suggested picked=Signal::derive(picked) on_tap=tap />
        <AddPerson pack=pack suggested=suggested on_added=added />
        <Show when=move || store.state().with(|s| !s.journey.people.is_empty())>
            <A href="/ask" attr:class="ask-link">{t!(use_i18n(), others.ask_link)}</A>
        </Show>
    }
}

/// Everyone in "my people" as tiles (a first step's "with whom"), or a line that says the list
/// is empty.
#[component]
pub fn PeopleChecks(
    pack: &'static Pack,
    #[prop(into)] picked: Signal<Vec<PersonId>>,
    on_toggle: Callback<PersonId>,
) -> impl IntoView {
    let on_tap = Callback::new(move |tap: HelperTap| {
        if let HelperTap::Person(id) = tap {
            on_toggle.run(id);
        }
    });
    view! { <HelperTiles pack=pack suggested=&[] picked=picked on_tap=on_tap /> }
}

/// A checkbox tile per suggested service or role (with what it is) and per person of "my
/// people".
#[component]
fn HelperTiles(
    pack: &'static Pack,
    suggested: &'static [String],
    #[prop(into)] picked: Signal<Vec<PersonId>>,
    on_tap: Callback<HelperTap>,
) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    // Made once a change of the state, for both the `Show` and the `For`.
    let tiles = Memo::new(move |_| {
        store
            .state()
            .with(|s| s.journey.helper_tiles(pack, suggested))
    });
    view! {
        <Show
            when=move || tiles.with(|t| !t.is_empty())
            fallback=move || view! { <p class="help">{t!(i18n, people.empty)}</p> }
        >
            <div class="tiles people-list">
                <For each=move || tiles.get() key=|tile| (tile.tap.clone(), tile.label.clone()) let:tile>
                    {
                        let HelperTile { tap, label, example, .. } = tile;
                        let shown = tap.clone();
                        // A service's entry in my people exists from its first tap on.
                        let checked = move || {
                            let person = match &shown {
                                HelperTap::Person(id) => Some(*id),
                                HelperTap::Relation(relation) => {
                                    store.state().with(|s| s.journey.nameless(relation))
                                }
                            };
                            person.is_some_and(|id| picked.get().contains(&id))
                        };
                        view! {
                            <label class="tile">
                                <input
                                    type="checkbox"
                                    name="people"
                                    prop:checked=checked
                                    on:change=move |_| on_tap.run(tap.clone())
                                />
                                <span class="choice-text">
                                    <span class="choice-label">{label}</span>
                                    {example.map(|example| view! { <span class="choice-example">{example}</span> })}
                                </span>
                            </label>
                        }
                    }
                </For>
            </div>
        </Show>
    }
}

/// "Add someone": a name if the youngster wants one, and who they are (the relations that fit
/// this question first).
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
    let relation = RwSignal::new(None::<String>);
    let error = RwSignal::new(None::<PersonError>);
    let relations = suggested
        .iter()
        .filter_map(|id| pack.relation(id))
        .chain(pack.relations.iter().filter(|r| !suggested.contains(&r.id)))
        .map(|r| (r.id.clone(), r.label.clone()))
        .collect::<Vec<_>>();
    let add = move || {
        let Some(chosen) = relation.get_untracked() else {
            error.set(Some(PersonError::UnknownRelation(String::new())));
            crate::platform::browser::focus_soon(".add-person-form .error");
            return;
        };
        let outcome =
            store.try_update(|s| s.journey.add_person(pack, &name.get_untracked(), &chosen));
        match outcome {
            Some(Ok(id)) => {
                name.set(String::new());
                relation.set(None);
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
            PersonError::EmptyName => t_string!(i18n, people.name_needed),
            _ => t_string!(i18n, people.relation_needed),
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
                <fieldset class="person-relation">
                    <legend>{t!(i18n, people.relation)}</legend>
                    <div class="chips">
                        {relations
                            .iter()
                            .map(|(id, label)| {
                                let id = id.clone();
                                let checked_id = id.clone();
                                view! {
                                    <label class="chip">
                                        <input
                                            type="radio"
                                            name="person-relation"
                                            value=id.clone()
                                            prop:checked=move || relation.get().as_deref() == Some(checked_id.as_str())
                                            on:change=move |_| relation.set(Some(id.clone()))
                                        />
                                        <span class="choice-label">{label.clone()}</span>
                                    </label>
                                }
                            })
                            .collect_view()}
                    </div>
                </fieldset>
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
