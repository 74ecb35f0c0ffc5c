//! `/map`: the seven islands on one sea. Start on any island, in any order. Each island shows
//! how many exercises are done and whether it is new; a finished island lights up. The map offers
//! to continue where the youngster stopped.

use leptos::prelude::*;
use leptos_router::components::A;
use stc_core::journey::{IslandId, step_text};

use crate::components::avatar::AvatarView;
use crate::components::island_art::{IslandArt, island_name};
use crate::content;
use crate::i18n::*;
use crate::platform::browser;
use crate::state::use_store;

/// The map screen.
#[component]
pub fn Map() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let pack = move || content::pack(store.language().get());
    let avatar = move || store.state().with(|s| s.journey.avatar.clone());
    let nickname = move || {
        avatar()
            .and_then(|a| a.nickname)
            .map(|n| n.as_str().to_owned())
    };
    view! {
        <section class="page map">
            <div class="map-hello">
                {move || avatar().map(|a| view! {
                    <A href="/avatar" attr:class="avatar-link">
                        <AvatarView avatar=Signal::stored(a) />
                        <span class="visually-hidden">{t!(i18n, map.edit_avatar)}</span>
                    </A>
                })}
                <div>
                    <h1>{t!(i18n, map.title)}</h1>
                    <p class="greeting">
                        {move || match nickname() {
                            Some(name) => t_string!(i18n, map.hello_name).replace("{name}", &name),
                            None => t_string!(i18n, map.hello).to_owned(),
                        }}
                    </p>
                </div>
            </div>
            <Show when=move || avatar().is_none()>
                <A href="/avatar" attr:class="card make-avatar">{t!(i18n, map.make_avatar)}</A>
            </Show>
            <StepDueCard />
            <ContinueCard />
            <p class="lead">{t!(i18n, map.intro)}</p>
            <ul class="sea" aria-label=move || t_string!(i18n, map.islands_label)>
                {IslandId::ALL
                    .into_iter()
                    .map(|island| {
                        let progress = move || store.state().with(|s| s.journey.island_progress(pack(), island));
                        let lit = Signal::derive(move || progress().finished);
                        view! {
                            <li class="island-spot" data-island=island.as_str() class:lit=lit>
                                <A href=format!("/island/{}", island.as_str())>
                                    <IslandArt island=island lit=lit />
                                    <span class="island-name">{move || island_name(i18n, island)}</span>
                                    <span class="island-count">
                                        {move || {
                                            let p = progress();
                                            t_string!(i18n, map.done_of)
                                                .replace("{done}", &p.done.to_string())
                                                .replace("{total}", &p.total.to_string())
                                        }}
                                    </span>
                                    <Show when=move || progress().new>
                                        <span class="badge new">{t!(i18n, map.new_badge)}</span>
                                    </Show>
                                    <Show when=move || progress().finished>
                                        <span class="badge done">{t!(i18n, map.finished)}</span>
                                    </Show>
                                </A>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// "Is het gelukt?": the oldest first step whose day has come, to follow up.
#[component]
fn StepDueCard() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let due = move || {
        let pack = content::pack(store.language().get());
        store.state().with(|s| {
            let step = s
                .journey
                .steps_due(pack, browser::today())
                .into_iter()
                .next()?;
            let words = step_text(pack, &step.exercise, &step.question, &step.what)?;
            Some((format!("/step/{}/{}", step.exercise, step.question), words))
        })
    };
    move || {
        due().map(|(href, words)| {
            view! {
                <div class="card step-due">
                    <h2>{t!(i18n, growth.due_title)}</h2>
                    <p>{t_string!(i18n, growth.due_text).replace("{step}", &words)}</p>
                    <A href=href attr:class="button primary wide">{t!(i18n, growth.due_button)}</A>
                </div>
            }
        })
    }
}

/// "Continue where you stopped", when there is an exercise to continue.
#[component]
fn ContinueCard() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let resume = move || {
        let pack = content::pack(store.language().get());
        store.state().with(|s| {
            s.journey.continue_with(pack).map(|r| {
                (
                    r.island,
                    r.exercise.id.clone(),
                    r.exercise.title.clone(),
                    r.progress.number(),
                    r.progress.total,
                )
            })
        })
    };
    move || {
        resume().map(|(island, id, title, number, total)| {
            view! {
                <div class="card continue">
                    <h2>{t!(i18n, map.continue_title)}</h2>
                    <p>
                        <strong>{title}</strong>
                        {move || format!(" · {}", island_name(i18n, island))}
                    </p>
                    <p class="help">
                        {move || t_string!(i18n, exercise.question_of)
                            .replace("{n}", &number.to_string())
                            .replace("{total}", &total.to_string())}
                    </p>
                    <A href=format!("/exercise/{id}") attr:class="button primary wide">
                        {t!(i18n, map.continue_button)}
                    </A>
                </div>
            }
        })
    }
}
