//! `/island/:id`: one island — what it is about, its exercises with their time and status,
//! once every exercise is done the optional evaluation, and on housing, relationships and
//! health the help lines.

use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_params_map;
use stc_core::journey::{ExerciseKind, ExerciseStatus, IslandId, shows_help_on};

use crate::components::evaluation::Evaluation;
use crate::components::help_card::HelpCard;
use crate::components::island_art::IslandArt;
use crate::components::island_art::island_name;
use crate::content;
use crate::i18n::*;
use crate::pages::not_found::NotFound;
use crate::state::use_store;

/// The island screen; an unknown island shows the not-found page.
#[component]
pub fn IslandPage() -> impl IntoView {
    let params = use_params_map();
    move || match params.with(|p| p.get("id").and_then(|id| IslandId::from_id(&id))) {
        Some(island) => view! { <IslandView island=island /> }.into_any(),
        None => view! { <NotFound /> }.into_any(),
    }
}

#[component]
fn IslandView(island: IslandId) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let pack = move || content::pack(store.language().get());
    let progress = move || {
        store
            .state()
            .with(|s| s.journey.island_progress(pack(), island))
    };
    let lit = Signal::derive(move || progress().finished);
    view! {
        <section class="page island-page" data-island=island.as_str()>
            <A href="/map" attr:class="crumb">{move || format!("← {}", t_string!(i18n, nav.map))}</A>
            <div class="island-head">
                <IslandArt island=island lit=lit />
                <div>
                    <h1>{move || island_name(i18n, island)}</h1>
                    <p class="help">
                        {move || {
                            let p = progress();
                            t_string!(i18n, map.done_of)
                                .replace("{done}", &p.done.to_string())
                                .replace("{total}", &p.total.to_string())
                        }}
                    </p>
                </div>
            </div>
            <p class="lead">{move || pack().island(island).map(|i| i.description.clone())}</p>
            <ul class="exercise-list">
                {move || {
                    pack()
                        .island(island)
                        .map(|i| i.exercises.as_slice())
                        .unwrap_or_default()
                        .iter()
                        .map(|exercise| {
                            let id = exercise.id.clone();
                            let status = {
                                let id = id.clone();
                                move || store.state().with(|s| s.journey.exercise_status(&id))
                            };
                            let position = {
                                let id = id.clone();
                                move || store.state().with(|s| s.journey.progress(pack(), &id).ok())
                            };
                            let status_name = status.clone();
                            let minutes = exercise.estimated_minutes();
                            let kind = exercise.kind;
                            view! {
                                <li>
                                    <A href=format!("/exercise/{id}") attr:class="exercise-card" attr:data-exercise=id.clone()>
                                        <span class="exercise-title">{exercise.title.clone()}</span>
                                        <span class="exercise-meta">
                                            <span>{move || match kind {
                                                ExerciseKind::Core => t_string!(i18n, island.core),
                                                ExerciseKind::Supporting => t_string!(i18n, island.supporting),
                                            }}</span>
                                            <span>{move || t_string!(i18n, island.minutes).replace("{n}", &minutes.to_string())}</span>
                                        </span>
                                        <span class="exercise-status" data-status=move || format!("{:?}", status_name()).to_lowercase()>
                                            {move || match status() {
                                                ExerciseStatus::New => t_string!(i18n, island.status_new).to_owned(),
                                                ExerciseStatus::Finished => t_string!(i18n, island.status_done).to_owned(),
                                                ExerciseStatus::Started => position()
                                                    .map(|p| t_string!(i18n, island.status_started)
                                                        .replace("{n}", &p.number().to_string())
                                                        .replace("{total}", &p.total.to_string()))
                                                    .unwrap_or_default(),
                                            }}
                                        </span>
                                    </A>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ul>
            <Show when=move || progress().finished>
                <div class="card check-in-card">
                    <p>{t!(i18n, growth.check_in_card)}</p>
                    <A href=format!("/island/{}/check-in", island.as_str()) attr:class="button primary wide">
                        {t!(i18n, growth.check_in_button)}
                    </A>
                </div>
                <div class="card">
                    <Evaluation island=island />
                </div>
            </Show>
            {shows_help_on(island).then(|| view! { <HelpCard pack=Signal::derive(pack) /> })}
        </section>
    }
}
