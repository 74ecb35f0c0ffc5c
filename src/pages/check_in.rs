//! `/island/:id/check-in`: "Hoe staat het nu?" — a finished island looked at again, one question
//! a screen: how many points it gets now, then how many the youngster wants later. Each reading is
//! kept with its date; the overview draws them over time.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use stc_core::journey::{Answer, Feed, IslandId};

use crate::components::island_art::island_name;
use crate::components::questions::QuestionInput;
use crate::content;
use crate::i18n::*;
use crate::pages::not_found::NotFound;
use crate::platform::browser;
use crate::state::use_store;

/// The check-in screen; an unknown or unfinished island shows why.
#[component]
pub fn CheckInPage() -> impl IntoView {
    let params = use_params_map();
    move || match params.with(|p| p.get("id").and_then(|id| IslandId::from_id(&id))) {
        Some(island) => view! { <CheckIn island=island /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Step {
    Now,
    Later,
    Saved,
}

#[component]
fn CheckIn(island: IslandId) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let pack = move || content::pack(store.language().get());
    let finished = move || {
        store
            .state()
            .with(|s| s.journey.island_progress(pack(), island).finished)
    };
    let (last_now, last_later) = store
        .state()
        .with_untracked(|s| s.journey.latest_reading(pack(), island));
    let step = RwSignal::new(Step::Now);
    let now = RwSignal::new(None::<Answer>);
    let later = RwSignal::new(None::<Answer>);
    let error = RwSignal::new(false);
    let score = |answer: Option<Answer>| match answer {
        Some(Answer::Scale { value }) => Some(value),
        _ => None,
    };
    let save = move || {
        let outcome = store.try_update(|s| {
            s.journey.check_in(
                pack(),
                island,
                score(now.get_untracked()),
                score(later.get_untracked()),
                browser::today(),
            )
        });
        match outcome {
            Some(Ok(())) => {
                error.set(false);
                step.set(Step::Saved);
            }
            Some(Err(_)) => error.set(true),
            // Not made (a newer version, or everything deleted elsewhere): the notice says so.
            None => {}
        }
    };
    // The island's own "now" and "later" questions, worded as in its exercises.
    let question = move |feed: Feed| {
        let (draft, last) = match feed {
            Feed::Now => (now, last_now),
            _ => (later, last_later),
        };
        let pack = pack();
        pack.questions_feeding(island, feed).next().map(|question| {
            view! {
                <fieldset class="question">
                    <legend class="prompt">{question.prompt.clone()}</legend>
                    <p class="help">
                        {last.map(|v| t_string!(i18n, growth.last_time).replace("{n}", &v.to_string()))}
                    </p>
                    <QuestionInput
                        question=question
                        pack=pack
                        answer=draft.into()
                        save=Callback::new(move |a| draft.set(Some(a)))
                        clear=Callback::new(move |()| draft.set(None))
                    />
                </fieldset>
            }
        })
    };
    let name = move || island_name(i18n, island);
    view! {
        <section class="page check-in" data-island=island.as_str()>
            <A href=format!("/island/{}", island.as_str()) attr:class="crumb">
                {move || format!("← {}", name())}
            </A>
            <h1>{t!(i18n, growth.check_in_title)}</h1>
            <Show
                when=finished
                fallback=move || view! { <p class="lead">{t!(i18n, growth.not_finished)}</p> }
            >
                {move || match step.get() {
                    Step::Now => view! {
                        <p class="lead">{move || t_string!(i18n, growth.check_in_intro).replace("{island}", name())}</p>
                        {question(Feed::Now)}
                        <div class="step-buttons">
                            <button type="button" class="button primary" on:click=move |_| step.set(Step::Later)>
                                {t!(i18n, exercise.next)}
                            </button>
                        </div>
                    }
                    .into_any(),
                    Step::Later => view! {
                        {question(Feed::Wanted)}
                        <p class="error" role="alert">{move || error.get().then(|| t_string!(i18n, growth.give_one))}</p>
                        <div class="step-buttons">
                            <button type="button" class="button" on:click=move |_| step.set(Step::Now)>
                                {t!(i18n, exercise.back)}
                            </button>
                            <button type="button" class="button primary" on:click=move |_| save()>
                                {t!(i18n, growth.save)}
                            </button>
                        </div>
                    }
                    .into_any(),
                    Step::Saved => view! {
                        <div class="card done" role="status">
                            <p>{t!(i18n, growth.saved)}</p>
                        </div>
                        <A href="/overview" attr:class="button primary wide">{t!(i18n, growth.to_overview)}</A>
                    }
                    .into_any(),
                }}
            </Show>
        </section>
    }
}
