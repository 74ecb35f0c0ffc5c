//! The overview as one sheet: who and when, what matters most, one short block per started island
//! (in the island's colour and sign, with "meer" for the rest), and the scores chart. The
//! youngster's overview shows it with their [`SheetControls`] (pick the top three, star wants,
//! fill who helps); the youngster's preview of a share and the coach's summary show the same
//! sheet without them. It prints on one A4 page (`style/main.css`, `@media print`): the chart and
//! "meer" stay on screen.

use chrono::NaiveDate;
use leptos::prelude::*;
use stc_core::journey::{
    Avatar, FirstStepLine, Helper, IslandId, IslandOverview, Overview, QuestionRef, StepOutcome,
    Want,
};
use stc_i18n::i18n::*;

use crate::avatar::AvatarView;
use crate::chart::NowWantedChart;
use crate::dates::date_text;
use crate::growth_chart::ReadingsOverTime;
use crate::island_art::{IslandSign, island_name};
use crate::others::OthersPart;

/// The youngster's own controls, which the sheet puts where they belong. Each draws its control
/// for the part it is given; the sheet knows nothing of the youngster's stored state.
#[derive(Clone, Copy)]
pub struct SheetControls {
    /// Under the top three: "Kies je top drie".
    pub top_three: Callback<Signal<Overview>, AnyView>,
    /// Beside a want: its star.
    pub star: Callback<Want, AnyView>,
    /// Under "Wie mij kan helpen": the island's question, and whether anyone is named yet.
    pub fill_helpers: Callback<(QuestionRef, Signal<bool>), AnyView>,
    /// After an island's first step: "Is het gelukt?", to say how it went.
    pub follow_up: Callback<FirstStepLine, AnyView>,
    /// Beside a kept reply of "Wat anderen in mij zien" (its id and who said it): remove it.
    pub remove_other: Callback<(u32, String), AnyView>,
}

/// The whole overview. `overview` is built by `stc_core::journey::build_overview`.
#[component]
pub fn OverviewSheet(
    #[prop(into)] overview: Signal<Overview>,
    #[prop(into)] avatar: Signal<Option<Avatar>>,
    /// The day the sheet shows (and prints) as made on.
    date: NaiveDate,
    /// The youngster's own overview: pick the top three, star wants, fill who helps.
    #[prop(optional)]
    controls: Option<SheetControls>,
) -> impl IntoView {
    let i18n = use_i18n();
    let started = move || {
        overview.with(|o| {
            o.islands
                .iter()
                .filter(|i| i.is_started())
                .map(|i| i.island)
                .collect::<Vec<_>>()
        })
    };
    let not_started = move || {
        overview.with(|o| {
            o.islands
                .iter()
                .filter(|i| !i.is_started())
                .map(|i| i.island)
                .collect::<Vec<_>>()
        })
    };
    view! {
        <div class="overview-sheet">
            <header class="overview-head">
                {move || avatar.get().map(|a| view! { <AvatarView avatar=Signal::stored(a) /> })}
                <div>
                    <h1>{t!(i18n, overview.title)}</h1>
                    <p class="help">
                        {move || avatar.with(|a| {
                            a.as_ref().and_then(|a| a.nickname.as_ref()).map(|n| format!("{} · ", n.as_str()))
                        })}
                        {move || t_string!(i18n, overview.made_on).replace("{date}", &date_text(i18n, date))}
                    </p>
                </div>
            </header>
            <TopThreePart overview=overview controls=controls />
            <section class="island-blocks" aria-labelledby="islands-title">
                <h2 id="islands-title" class="visually-hidden">{t!(i18n, overview.islands_title)}</h2>
                <For each=started key=|island| *island let:island>
                    <IslandBlock island=island overview=overview controls=controls />
                </For>
            </section>
            <Show when=move || !not_started().is_empty()>
                <p class="muted not-started">
                    {move || {
                        let names = not_started().into_iter().map(|i| island_name(i18n, i)).collect::<Vec<_>>();
                        t_string!(i18n, overview.not_started).replace("{islands}", &names.join(", "))
                    }}
                </p>
            </Show>
            {move || {
                let others = overview.with(|o| o.others.clone());
                (!others.is_empty()).then(|| view! { <OthersPart others=others remove=controls.map(|c| c.remove_other) /> })
            }}
            <section class="overview-part chart-part">
                <h2>{t!(i18n, overview.now_and_later)}</h2>
                {move || view! {
                    <NowWantedChart islands=overview.with(|o| o.islands.iter().filter(|i| i.is_started()).cloned().collect()) />
                }}
            </section>
            {move || {
                let islands: Vec<IslandOverview> = overview.with(|o| {
                    o.islands.iter().filter(|i| i.readings.len() > 1).cloned().collect()
                });
                (!islands.is_empty()).then(|| view! {
                    <section class="overview-part growth-part">
                        <h2>{t!(i18n, growth.over_time)}</h2>
                        <ReadingsOverTime islands=islands />
                    </section>
                })
            }}
        </div>
    }
}

/// "Wat is nu het belangrijkste voor jou?": the picks with their first step, or suggestions
/// that say they are suggestions.
#[component]
fn TopThreePart(overview: Signal<Overview>, controls: Option<SheetControls>) -> impl IntoView {
    let i18n = use_i18n();
    let suggested = move || overview.with(|o| o.top_three.suggested);
    let items = move || overview.with(|o| o.top_three.items.clone());
    view! {
        <section class="overview-part top-three" aria-labelledby="top-title">
            <h2 id="top-title">{t!(i18n, overview.top_title)}</h2>
            <Show when=move || suggested() && !items().is_empty()>
                <p class="suggest-note">{t!(i18n, overview.top_suggested)}</p>
            </Show>
            <Show when=move || items().is_empty()>
                <p class="muted">{t!(i18n, overview.top_none)}</p>
            </Show>
            <ol class="top-list" class:suggested=suggested>
                {move || {
                    items()
                        .into_iter()
                        .map(|item| {
                            let island = item.want.island;
                            view! {
                                <li data-island=island.as_str()>
                                    <IslandSign island=island />
                                    <div>
                                        <p class="top-want">
                                            <strong>{item.want.text}</strong>
                                            " "<span class="island-tag">{move || island_name(i18n, island)}</span>
                                        </p>
                                        <p class="top-step">
                                            {match item.first_step {
                                                Some(step) => step_view(step, true).into_any(),
                                                None => view! { <span class="muted">{t!(i18n, overview.no_step_yet)}</span> }.into_any(),
                                            }}
                                        </p>
                                    </div>
                                </li>
                            }
                        })
                        .collect_view()
                }}
            </ol>
            {controls.map(|c| c.top_three.run(overview))}
        </section>
    }
}

/// One island: the short block, and "meer" with the rest.
#[component]
fn IslandBlock(
    island: IslandId,
    overview: Signal<Overview>,
    controls: Option<SheetControls>,
) -> impl IntoView {
    let i18n = use_i18n();
    let block = Memo::new(move |_| {
        overview.with(|o| o.islands.iter().find(|i| i.island == island).cloned())
    });
    let part = move |f: fn(&IslandOverview) -> AnyView| move || block.with(|b| b.as_ref().map(f));
    let title_id = format!("island-block-{}", island.as_str());
    let labelled_by = title_id.clone();
    view! {
        <article class="island-block" data-island=island.as_str() aria-labelledby=labelled_by>
            <header class="island-block-head">
                <IslandSign island=island />
                <h3 id=title_id>{move || island_name(i18n, island)}</h3>
                <p class="score-line">{part(score_line)}</p>
            </header>
            <Row title=Signal::derive(move || t_string!(i18n, overview.want).to_owned()) class="wants">
                {move || block.with(|b| b.as_ref().map(|b| want_list(b.short_wants(), controls)))}
            </Row>
            <Row title=Signal::derive(move || t_string!(i18n, overview.good).to_owned()) class="good">
                {part(|b| words(b.short_good_at()))}
            </Row>
            <Row title=Signal::derive(move || t_string!(i18n, overview.helpers).to_owned()) class="helpers">
                {part(helpers)}
                // Made once: the question comes from the content, and its panel stays open
                // while the answer it fills changes.
                {controls
                    .and_then(|c| Some((c, block.with_untracked(|b| b.as_ref().and_then(|b| b.helpers_question.clone()))?)))
                    .map(|(c, question)| {
                        let has_helpers = Signal::derive(move || block.with(|b| b.as_ref().is_some_and(|b| !b.helpers.is_empty())));
                        c.fill_helpers.run((question, has_helpers))
                    })}
            </Row>
            <Row title=Signal::derive(move || t_string!(i18n, overview.first_step).to_owned()) class="step">
                {move || block.with(|b| b.as_ref().map(|b| match b.first_step() {
                    Some(step) => view! {
                        {step_view(step.clone(), false)}
                        {controls.map(|c| view! { " "{c.follow_up.run(step.clone())} })}
                    }
                    .into_any(),
                    None => nothing(),
                }))}
            </Row>
            <Show when=move || block.with(|b| b.as_ref().is_some_and(|b| !b.achievements.is_empty()))>
                <Row title=Signal::derive(move || t_string!(i18n, growth.achievements).to_owned()) class="achievements">
                    {part(achievements)}
                </Row>
            </Show>
            <Show when=move || block.with(|b| b.as_ref().is_some_and(IslandOverview::has_more))>
                <details class="more">
                    <summary>
                        {t!(i18n, overview.more)}
                        <span class="visually-hidden">
                            {move || format!(" {}", t_string!(i18n, overview.more_about).replace("{island}", island_name(i18n, island)))}
                        </span>
                    </summary>
                    {move || block.with(|b| b.as_ref().map(|b| more(b, controls)))}
                </details>
            </Show>
        </article>
    }
}

/// A labelled line of a block.
#[component]
fn Row(title: Signal<String>, class: &'static str, children: Children) -> impl IntoView {
    view! {
        <div class=format!("block-row {class}")>
            <h4>{title}</h4>
            <div class="block-value">{children()}</div>
        </div>
    }
}

fn more(block: &IslandOverview, controls: Option<SheetControls>) -> AnyView {
    let i18n = use_i18n();
    let list = |title: &'static str, content: AnyView| {
        view! {
            <div class="block-row">
                <h4>{title}</h4>
                <div class="block-value">{content}</div>
            </div>
        }
    };
    let steps = block.more_steps().to_vec();
    view! {
        {(!block.more_wants().is_empty()).then(|| list(t_string!(i18n, overview.want), want_list(block.more_wants(), controls)))}
        {(!block.more_good_at().is_empty()).then(|| list(t_string!(i18n, overview.good), words(block.more_good_at())))}
        {(!block.likes.is_empty()).then(|| list(t_string!(i18n, overview.likes), words(&block.likes)))}
        {(!block.money.is_empty()).then(|| list(t_string!(i18n, overview.money), words(&block.money)))}
        {(!steps.is_empty()).then(|| list(
            t_string!(i18n, overview.other_steps),
            view! { <ul class="plain">{steps.into_iter().map(|s| view! { <li>{step_view(s, false)}</li> }).collect_view()}</ul> }.into_any(),
        ))}
        {block.evaluation.map(|value| view! {
            <p class="muted">{t_string!(i18n, overview.helped_line).replace("{value}", &value.to_string())}</p>
        })}
    }
    .into_any()
}

fn score_line(block: &IslandOverview) -> AnyView {
    let i18n = use_i18n();
    let (now, wanted) = (block.now, block.wanted);
    let value = move |v: Option<u8>| {
        v.map_or_else(
            || t_string!(i18n, overview.missing).to_owned(),
            |v| v.to_string(),
        )
    };
    view! {
        <span>
            {move || t_string!(i18n, overview.score_line).replace("{now}", &value(now)).replace("{later}", &value(wanted))}
        </span>
    }
    .into_any()
}

fn want_list(wants: &[Want], controls: Option<SheetControls>) -> AnyView {
    if wants.is_empty() {
        return nothing();
    }
    view! {
        <ul class="want-list">
            {wants
                .iter()
                .map(|want| {
                    let text = want.text.clone();
                    view! {
                        <li class:starred=want.starred>
                            <span class="want-text">{text}</span>
                            {match controls {
                                Some(c) => c.star.run(want.clone()),
                                None => want.starred.then(|| view! { <span class="star-mark" aria-hidden="true">"★"</span> }).into_any(),
                            }}
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

fn words(list: &[String]) -> AnyView {
    if list.is_empty() {
        return nothing();
    }
    view! { <p>{list.join(" · ")}</p> }.into_any()
}

fn helpers(block: &IslandOverview) -> AnyView {
    let i18n = use_i18n();
    if block.helpers.is_empty() {
        return view! { <p class="muted">{t!(i18n, overview.nobody_yet)}</p> }.into_any();
    }
    let names = block
        .helpers
        .iter()
        .map(Helper::label)
        .collect::<Vec<_>>()
        .join(", ");
    view! { <p>{names}</p> }.into_any()
}

/// A first step: what, with whom, by when. `labelled` says "Eerste stap:" before it.
fn step_view(step: FirstStepLine, labelled: bool) -> impl IntoView {
    let i18n = use_i18n();
    let with = step
        .with
        .iter()
        .map(|h| h.name.clone())
        .collect::<Vec<_>>()
        .join(", ");
    let what = step.what.clone();
    let by = step.by;
    view! {
        <span class="step-what">
            {move || if labelled {
                t_string!(i18n, overview.first_step_of).replace("{step}", &what)
            } else {
                what.clone()
            }}
        </span>
        {(!with.is_empty()).then(|| view! {
            " "<span class="step-detail">{move || t_string!(i18n, overview.with).replace("{who}", &with)}</span>
        })}
        {by.map(|by| view! {
            " "<span class="step-detail">{move || t_string!(i18n, overview.by).replace("{date}", &date_text(i18n, by))}</span>
        })}
    }
}

/// What worked, at least partly: each followed-up step with its day.
fn achievements(block: &IslandOverview) -> AnyView {
    let i18n = use_i18n();
    view! {
        <ul class="plain achievement-list">
            {block
                .achievements
                .iter()
                .map(|done| {
                    let (what, on, partly) = (done.what.clone(), done.on, done.outcome == StepOutcome::Partly);
                    view! {
                        <li>
                            <span class="achievement-mark" aria-hidden="true">"✓ "</span>
                            {what}
                            <span class="step-detail">
                                {move || {
                                    let day = date_text(i18n, on);
                                    if partly {
                                        format!(" · {} · {day}", t_string!(i18n, growth.achievement_partly))
                                    } else {
                                        format!(" · {day}")
                                    }
                                }}
                            </span>
                        </li>
                    }
                })
                .collect_view()}
        </ul>
    }
    .into_any()
}

fn nothing() -> AnyView {
    let i18n = use_i18n();
    view! { <p class="muted">{t!(i18n, overview.nothing_yet)}</p> }.into_any()
}
