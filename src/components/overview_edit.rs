//! What the youngster can change on their own overview: pick the top three, star a want, and
//! fill "Wie mij kan helpen" by picking from "my people" or adding someone. The rules (at most
//! three, a want must still be given) live in `stc_core::journey::highlights`.

use leptos::prelude::*;
use leptos_router::components::A;
use stc_core::journey::{
    Answer, FirstStepLine, Input, IslandId, Overview, PickError, QuestionRef, Want, WantRef,
};

use crate::components::island_art::{IslandSign, island_name};
use crate::components::overview_sheet::SheetControls;
use crate::components::questions::PickPeople;
use crate::content;
use crate::i18n::*;
use crate::platform::browser;
use crate::state::use_store;

/// These controls, for the shared overview sheet to put in place.
pub fn sheet_controls() -> SheetControls {
    SheetControls {
        top_three: Callback::new(|overview| {
            view! { <TopThreePicker overview=overview /> }.into_any()
        }),
        star: Callback::new(|want| view! { <StarButton want=want /> }.into_any()),
        fill_helpers: Callback::new(|(question, has_helpers)| {
            view! { <FillHelpers question=question has_helpers=has_helpers /> }.into_any()
        }),
        follow_up: Callback::new(|step: FirstStepLine| {
            let href = format!("/step/{}/{}", step.exercise, step.question);
            view! { <A href=href attr:class="follow-up-link">{t!(use_i18n(), growth.follow_up_link)}</A> }
                .into_any()
        }),
        remove_other: Callback::new(|(reply, name)| {
            crate::components::others::remove_button(reply, name)
        }),
    }
}

/// "Kies je top drie": every want, grouped per island, as checkboxes; at most three.
#[component]
pub fn TopThreePicker(overview: Signal<Overview>) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let picked = move || overview.with(|o| o.top_three.items.len());
    let chosen = move || !overview.with(|o| o.top_three.suggested) && picked() > 0;
    let full = move || chosen() && picked() >= stc_core::journey::TOP_THREE;
    let islands = move || {
        overview.with(|o| {
            o.islands
                .iter()
                .filter(|i| !i.wants.is_empty())
                .map(|i| i.island)
                .collect::<Vec<_>>()
        })
    };
    let has_wants = move || !islands().is_empty();
    let wants_of = move |island: IslandId| {
        overview.with(|o| {
            o.islands
                .iter()
                .find(|i| i.island == island)
                .map(|i| i.wants.iter().map(|w| w.key.clone()).collect::<Vec<_>>())
                .unwrap_or_default()
        })
    };
    let want = move |key: &WantRef| -> Option<Want> {
        overview.with(|o| {
            o.islands
                .iter()
                .flat_map(|i| &i.wants)
                .find(|w| w.key == *key)
                .cloned()
        })
    };
    let toggle = move |key: WantRef| {
        let pack = content::pack(store.language().get_untracked());
        // A refused pick (a fourth) changes nothing; the box is disabled then anyway.
        let _ = store.try_update(|s| s.journey.toggle_top(pack, &key));
    };
    view! {
        <Show when=has_wants>
            <Show
                when=move || open.get()
                fallback=move || view! {
                    <button type="button" class="button wide pick-top" on:click=move |_| {
                        open.set(true);
                        browser::focus_soon(".top-picker input");
                    }>
                        {move || if chosen() { t_string!(i18n, overview.top_change) } else { t_string!(i18n, overview.top_pick) }}
                    </button>
                }
            >
                <fieldset class="top-picker">
                    <legend>{t!(i18n, overview.top_legend)}</legend>
                    <For each=islands key=|island| *island let:island>
                        <div class="picker-island" data-island=island.as_str()>
                            <p class="picker-island-name">
                                <IslandSign island=island />
                                {move || island_name(i18n, island)}
                            </p>
                            <div class="chips">
                                <For each=move || wants_of(island) key=|key| key.clone() let:key>
                                    {
                                        let key_for_state = key.clone();
                                        let is_top = Memo::new(move |_| want(&key_for_state).is_some_and(|w| w.top));
                                        let text = want(&key).map(|w| w.text).unwrap_or_default();
                                        view! {
                                            <label class="chip">
                                                <input
                                                    type="checkbox"
                                                    prop:checked=is_top
                                                    prop:disabled=move || full() && !is_top.get()
                                                    on:change=move |_| toggle(key.clone())
                                                />
                                                <span class="choice-label">{text}</span>
                                            </label>
                                        }
                                    }
                                </For>
                            </div>
                        </div>
                    </For>
                    <p class="help" aria-live="polite">
                        {move || full().then(|| t_string!(i18n, overview.top_full))}
                    </p>
                    <button type="button" class="button primary" on:click=move |_| {
                        open.set(false);
                        browser::focus_soon(".pick-top");
                    }>
                        {t!(i18n, overview.done)}
                    </button>
                </fieldset>
            </Show>
        </Show>
    }
}

/// The star beside a want: starred wants lead their island's block (at most three an island).
#[component]
pub fn StarButton(want: Want) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let full = RwSignal::new(false);
    let key = want.key.clone();
    let text = want.text.clone();
    // The list is drawn again after a change: the focus comes back to this want's star.
    let id = format!(
        "star-{}-{}-{}",
        key.exercise,
        key.question,
        key.choice.as_deref().unwrap_or("own")
    );
    let again = format!("#{id}");
    let toggle = move |_| {
        let pack = content::pack(store.language().get_untracked());
        let outcome = store.try_update(|s| s.journey.toggle_star(pack, &key));
        full.set(matches!(outcome, Some(Err(PickError::Full(_)))));
        browser::focus_soon(again.clone());
    };
    view! {
        <button type="button" class="star" id=id aria-pressed=want.starred.to_string() on:click=toggle>
            <span aria-hidden="true">{if want.starred { "★" } else { "☆" }}</span>
            <span class="visually-hidden">{move || t_string!(i18n, overview.star).replace("{want}", &text)}</span>
        </button>
        <Show when=move || full.get()>
            <span class="star-full" role="status">{t!(i18n, overview.star_full)}</span>
        </Show>
    }
}

/// "Kies wie je helpt": the island's "who helps me" question, answered right here.
#[component]
pub fn FillHelpers(question: QuestionRef, has_helpers: Signal<bool>) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let open = RwSignal::new(false);
    let pack = content::pack(store.language().get_untracked());
    let suggested: &'static [String] = match pack
        .exercise(&question.exercise)
        .and_then(|(_, e)| e.question(&question.question))
        .map(|q| &q.input)
    {
        Some(Input::People {
            suggested_relations,
        }) => suggested_relations,
        _ => &[],
    };
    let opener = format!("fill-{}-{}", question.exercise, question.question);
    let again = StoredValue::new(format!("#{opener}"));
    let question = StoredValue::new(question);
    let answer = Signal::derive(move || {
        question.with_value(|q| {
            store.state().with(|s| {
                s.journey
                    .answers
                    .get(&q.exercise)
                    .and_then(|a| a.get(&q.question))
                    .filter(|a| !matches!(a, Answer::Skipped))
                    .cloned()
            })
        })
    });
    let save = Callback::new(move |answer: Answer| {
        question.with_value(|q| {
            let _ = store.try_update(|s| {
                s.journey
                    .answer(pack, &q.exercise, &q.question, answer, browser::today())
            });
        });
    });
    let clear = Callback::new(move |()| {
        question.with_value(|q| store.update(|s| s.journey.clear_answer(&q.exercise, &q.question)));
    });
    view! {
        <Show
            when=move || open.get()
            fallback=move || view! {
                <button type="button" class="button small fill-helpers-open" id=opener.clone() on:click=move |_| {
                    open.set(true);
                    browser::focus_soon(again.with_value(|a| format!("{a}-panel input, {a}-panel button")));
                }>
                    {move || if has_helpers.get() { t_string!(i18n, overview.change_helpers) } else { t_string!(i18n, overview.pick_helpers) }}
                </button>
            }
        >
            <div class="fill-helpers" id=again.with_value(|a| format!("{}-panel", &a[1..]))>
                <PickPeople pack=pack suggested=suggested answer=answer save=save clear=clear />
                <button type="button" class="button primary" on:click=move |_| {
                    open.set(false);
                    browser::focus_soon(again.get_value());
                }>
                    {t!(i18n, overview.done)}
                </button>
            </div>
        </Show>
    }
}
