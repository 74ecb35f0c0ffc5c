//! `/overview`: "my overview" — what I want, what I am good at, who can help me, my first steps,
//! and now versus wanted per island — built by `stc_core::journey::build_overview`. It prints as
//! a clean page or two (the browser's print also saves a PDF).

use leptos::prelude::*;
use leptos_router::components::A;
use stc_core::journey::{FirstStepLine, Helper, OverviewItem, build_overview};

use crate::components::avatar::AvatarView;
use crate::components::chart::NowWantedChart;
use crate::components::island_art::island_name;
use crate::components::reminder_words::date_text;
use crate::content;
use crate::i18n::*;
use crate::platform::browser;
use crate::state::use_store;

/// The overview screen.
#[component]
pub fn Overview() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let overview = Memo::new(move |_| {
        let pack = content::pack(store.language().get());
        store.state().with(|s| build_overview(pack, &s.journey))
    });
    let empty = move || overview.with(|o| o.islands.iter().all(|i| i.is_empty()));
    let avatar = move || store.state().with(|s| s.journey.avatar.clone());
    view! {
        <section class="page overview">
            <div class="overview-head">
                {move || avatar().map(|a| view! { <AvatarView avatar=Signal::stored(a) /> })}
                <div>
                    <h1>{t!(i18n, overview.title)}</h1>
                    <p class="help">
                        {move || avatar()
                            .and_then(|a| a.nickname)
                            .map(|n| n.as_str().to_owned())}
                    </p>
                </div>
            </div>
            <Show
                when=move || !empty()
                fallback=move || view! {
                    <p class="empty-state">{t!(i18n, overview.empty)}</p>
                    <A href="/map" attr:class="button primary wide">{t!(i18n, overview.to_map)}</A>
                }
            >
                <OverviewPart title=Signal::derive(move || t_string!(i18n, overview.want).to_owned()) class="want">
                    {move || items(overview.with(|o| o.want.clone()))}
                </OverviewPart>
                <OverviewPart title=Signal::derive(move || t_string!(i18n, overview.good_at).to_owned()) class="good-at">
                    {move || items(overview.with(|o| o.good_at.clone()))}
                </OverviewPart>
                <OverviewPart title=Signal::derive(move || t_string!(i18n, overview.helpers).to_owned()) class="helpers">
                    {move || helpers(overview.with(|o| o.helpers.clone()))}
                </OverviewPart>
                <OverviewPart title=Signal::derive(move || t_string!(i18n, overview.first_step).to_owned()) class="first-steps">
                    {move || first_steps(overview.with(|o| o.first_steps.clone()))}
                </OverviewPart>
                <section class="overview-part chart-part">
                    <h2>{t!(i18n, overview.now_and_later)}</h2>
                    {move || view! { <NowWantedChart islands=overview.with(|o| o.islands.clone()) /> }}
                </section>
                <button type="button" class="button wide print-button" on:click=move |_| browser::print()>
                    {t!(i18n, overview.print)}
                </button>
            </Show>
        </section>
    }
}

/// One of the four parts, with "nothing yet" when it has no lines.
#[component]
fn OverviewPart(title: Signal<String>, class: &'static str, children: ChildrenFn) -> impl IntoView {
    view! {
        <section class=format!("overview-part {class}")>
            <h2>{title}</h2>
            {children()}
        </section>
    }
}

fn nothing_yet() -> AnyView {
    let i18n = use_i18n();
    view! { <p class="muted">{t!(i18n, overview.nothing_yet)}</p> }.into_any()
}

fn island_tag(island: stc_core::journey::IslandId) -> impl IntoView {
    let i18n = use_i18n();
    view! { <span class="island-tag">{move || island_name(i18n, island)}</span> }
}

fn items(list: Vec<OverviewItem>) -> AnyView {
    if list.is_empty() {
        return nothing_yet();
    }
    view! {
        <ul class="overview-list">
            {list
                .into_iter()
                .map(|item| view! { <li>{item.text}" "{island_tag(item.island)}</li> })
                .collect_view()}
        </ul>
    }
    .into_any()
}

fn helpers(list: Vec<Helper>) -> AnyView {
    if list.is_empty() {
        return nothing_yet();
    }
    view! {
        <ul class="overview-list">
            {list
                .into_iter()
                .map(|h| view! { <li><strong>{h.name}</strong>" · "{h.relation}</li> })
                .collect_view()}
        </ul>
    }
    .into_any()
}

fn first_steps(list: Vec<FirstStepLine>) -> AnyView {
    let i18n = use_i18n();
    if list.is_empty() {
        return nothing_yet();
    }
    view! {
        <ul class="overview-list steps">
            {list
                .into_iter()
                .map(|step| {
                    let with = step.with.iter().map(|h| h.name.clone()).collect::<Vec<_>>().join(", ");
                    let by = step.by;
                    view! {
                        <li>
                            <strong>{step.what}</strong>" "{island_tag(step.island)}
                            {(!with.is_empty()).then(|| view! {
                                <span class="step-detail">{move || t_string!(i18n, overview.with).replace("{who}", &with)}</span>
                            })}
                            {by.map(|by| view! {
                                <span class="step-detail">
                                    {move || t_string!(i18n, overview.by).replace("{date}", &date_text(i18n, by))}
                                </span>
                            })}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}
