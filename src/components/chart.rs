//! "Now and where I want to be" per island, as an SVG bar chart with a table that says the same
//! in words (for screen readers, for print, and for anyone who prefers numbers).

use leptos::prelude::*;
use stc_core::journey::IslandOverview;

use crate::components::island_art::island_name;
use crate::i18n::*;

const WIDTH: f64 = 320.0;
const LABEL_WIDTH: f64 = 96.0;
const ROW: f64 = 34.0;
const BAR: f64 = 11.0;

/// The chart and its table, for the islands with a "now" or "wanted" answer or an evaluation.
#[component]
pub fn NowWantedChart(islands: Vec<IslandOverview>) -> impl IntoView {
    let i18n = use_i18n();
    let rows: Vec<IslandOverview> = islands
        .into_iter()
        .filter(|i| i.now.is_some() || i.wanted.is_some() || i.evaluation.is_some())
        .collect();
    if rows.is_empty() {
        return view! { <p class="muted">{t!(i18n, overview.chart_empty)}</p> }.into_any();
    }
    let charted: Vec<&IslandOverview> = rows
        .iter()
        .filter(|i| i.now.is_some() || i.wanted.is_some())
        .collect();
    let height = 24.0 + ROW * charted.len() as f64;
    let scale = |value: u8| (WIDTH - LABEL_WIDTH - 8.0) * f64::from(value) / 10.0;
    let bars = charted
        .iter()
        .enumerate()
        .map(|(row, island)| {
            let top = 24.0 + ROW * row as f64;
            let id = island.island;
            view! {
                <text x="0" y=top + 15.0 class="chart-label">{move || island_name(i18n, id)}</text>
                <rect x=LABEL_WIDTH y=top + 2.0 width=WIDTH - LABEL_WIDTH - 8.0 height=BAR * 2.0 + 2.0 class="chart-track" rx="3" />
                {island.now.map(|v| view! {
                    <rect x=LABEL_WIDTH y=top + 2.0 width=scale(v).max(2.0) height=BAR class="chart-now" rx="3" />
                })}
                {island.wanted.map(|v| view! {
                    <rect x=LABEL_WIDTH y=top + 4.0 + BAR width=scale(v).max(2.0) height=BAR class="chart-wanted" rx="3" />
                })}
            }
        })
        .collect_view();
    let table_rows = rows
        .iter()
        .map(|island| {
            let id = island.island;
            let show = |v: Option<u8>, of: u8| v.map_or("–".to_owned(), |v| format!("{v}/{of}"));
            view! {
                <tr data-island=id.as_str()>
                    <th scope="row">{move || island_name(i18n, id)}</th>
                    <td>{show(island.now, 10)}</td>
                    <td>{show(island.wanted, 10)}</td>
                    <td>{show(island.evaluation, 7)}</td>
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
        <table class="chart-table">
            <caption>{t!(i18n, overview.table_caption)}</caption>
            <thead>
                <tr>
                    <th scope="col">{t!(i18n, overview.island)}</th>
                    <th scope="col">{t!(i18n, overview.now)}</th>
                    <th scope="col">{t!(i18n, overview.wanted)}</th>
                    <th scope="col">{t!(i18n, overview.helped)}</th>
                </tr>
            </thead>
            <tbody>{table_rows}</tbody>
        </table>
    }
    .into_any()
}
