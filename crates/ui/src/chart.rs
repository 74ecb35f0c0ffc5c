//! "Now and where I want to be" per island, as an SVG bar chart with a table that says the same
//! in words (for screen readers and for anyone who prefers numbers). Every bar carries its number,
//! so a 0 reads as 0, and a score not given says "nog niet ingevuld" instead of a missing bar.

use leptos::prelude::*;
use leptos_i18n::I18nContext;
use stc_core::journey::IslandOverview;
use stc_i18n::i18n::*;

use crate::island_art::island_name;

const WIDTH: f64 = 320.0;
const LABEL_WIDTH: f64 = 96.0;
const ROW: f64 = 34.0;
const BAR: f64 = 11.0;

/// The chart and its table, for the islands given (the overview passes the started ones).
#[component]
pub fn NowWantedChart(islands: Vec<IslandOverview>) -> impl IntoView {
    let i18n = use_i18n();
    let rows = islands;
    if rows.is_empty() {
        return view! { <p class="muted">{t!(i18n, overview.chart_empty)}</p> }.into_any();
    }
    let height = 24.0 + ROW * rows.len() as f64;
    // Room at the end of the track for the number of a full bar.
    let track = WIDTH - LABEL_WIDTH - 24.0;
    let scale = |value: u8| track * f64::from(value) / 10.0;
    let bar = move |value: Option<u8>, y: f64, class: &'static str| {
        match value {
        Some(v) => view! {
            <rect x=LABEL_WIDTH y=y width=scale(v).max(3.0) height=BAR class=class rx="3" />
            <text x=LABEL_WIDTH + scale(v).max(3.0) + 4.0 y=y + BAR - 1.5 class="chart-value">{v.to_string()}</text>
        }
        .into_any(),
        None => view! {
            <text x=LABEL_WIDTH + 4.0 y=y + BAR - 1.5 class="chart-missing">{move || t_string!(i18n, overview.missing)}</text>
        }
        .into_any(),
    }
    };
    let bars = rows
        .iter()
        .enumerate()
        .map(|(row, island)| {
            let top = 24.0 + ROW * row as f64;
            let id = island.island;
            view! {
                <text x="0" y=top + 15.0 class="chart-label">{move || island_name(i18n, id)}</text>
                <rect x=LABEL_WIDTH y=top + 2.0 width=track height=BAR * 2.0 + 2.0 class="chart-track" rx="3" />
                {bar(island.now, top + 2.0, "chart-now")}
                {bar(island.wanted, top + 4.0 + BAR, "chart-wanted")}
            }
        })
        .collect_view();
    // "Did it help?" is asked at the end of an island: its column shows once there is an answer.
    let evaluated = rows.iter().any(|i| i.evaluation.is_some());
    let table_rows = rows
        .iter()
        .map(|island| {
            let id = island.island;
            let (now, wanted, evaluation) = (island.now, island.wanted, island.evaluation);
            let show = move |v: Option<u8>, of: u8| score_text(i18n, v, of);
            // On a narrow screen with big text each row stands as a block, every value with
            // its column's name (`data-label`); the roles keep it a table for screen readers.
            view! {
                <tr role="row" data-island=id.as_str()>
                    <th role="rowheader" scope="row">{move || island_name(i18n, id)}</th>
                    <td role="cell" data-label=move || t_string!(i18n, overview.now)>{move || show(now, 10)}</td>
                    <td role="cell" data-label=move || t_string!(i18n, overview.wanted)>{move || show(wanted, 10)}</td>
                    {evaluated.then(|| view! {
                        <td role="cell" data-label=move || t_string!(i18n, overview.helped)>{move || show(evaluation, 7)}</td>
                    })}
                </tr>
            }
        })
        .collect_view();
    view! {
        <figure class="chart">
            <svg
                viewBox=format!("0 0 {WIDTH} {height}")
                role="img"
                aria-label=move || t_string!(i18n, overview.chart_label)
                focusable="false"
            >
                <rect x="0" y="2" width="12" height="10" class="chart-now" rx="2" />
                <text x="18" y="11" class="chart-legend">{t!(i18n, overview.now)}</text>
                <rect x="110" y="2" width="12" height="10" class="chart-wanted" rx="2" />
                <text x="128" y="11" class="chart-legend">{t!(i18n, overview.wanted)}</text>
                {bars}
            </svg>
            <figcaption>{t!(i18n, overview.chart_caption)}</figcaption>
        </figure>
        <table class="chart-table" role="table">
            <caption>{t!(i18n, overview.table_caption)}</caption>
            <thead role="rowgroup">
                <tr role="row">
                    <th role="columnheader" scope="col">{t!(i18n, overview.island)}</th>
                    <th role="columnheader" scope="col">{t!(i18n, overview.now)}</th>
                    <th role="columnheader" scope="col">{t!(i18n, overview.wanted)}</th>
                    {evaluated.then(|| view! { <th role="columnheader" scope="col">{t!(i18n, overview.helped)}</th> })}
                </tr>
            </thead>
            <tbody role="rowgroup">{table_rows}</tbody>
        </table>
    }
    .into_any()
}

/// A score in a table: "4/10", or "nog niet ingevuld" when there is none.
pub(crate) fn score_text(i18n: I18nContext<Locale>, score: Option<u8>, of: u8) -> String {
    match score {
        Some(v) => format!("{v}/{of}"),
        None => t_string!(i18n, overview.missing).to_owned(),
    }
}
