//! "Hoe het veranderde": an island's readings over time (the first from its exercises, then every
//! check-in), as a small SVG dot-and-line chart with the numbers on it, and a table that says the
//! same for screen readers and for anyone who prefers numbers. Like the repeated readings of an
//! outcomes star: the line shows movement, never a grade.

use leptos::prelude::*;
use stc_core::journey::{IslandOverview, Reading};

use stc_i18n::i18n::*;

use crate::chart::score_text;
use crate::dates::date_text;
use crate::island_art::island_name;

const WIDTH: i32 = 320;
const HEIGHT: i32 = 132;
const LEFT: i32 = 28;
const RIGHT: i32 = 20;
const TOP: i32 = 16;
/// Pixels per point of the 0–10 scale.
const STEP: i32 = 9;

/// One chart and table per island given (those with more than one reading).
#[component]
pub fn ReadingsOverTime(islands: Vec<IslandOverview>) -> impl IntoView {
    islands
        .into_iter()
        .map(|island| view! { <IslandReadings island=island /> })
        .collect_view()
}

#[component]
fn IslandReadings(island: IslandOverview) -> impl IntoView {
    let i18n = use_i18n();
    let id = island.island;
    let readings = island.readings;
    let count = i32::try_from(readings.len()).unwrap_or(i32::MAX);
    let x = move |index: usize| {
        let span = WIDTH - LEFT - RIGHT;
        LEFT + span * i32::try_from(index).unwrap_or(0) / (count - 1).max(1)
    };
    let y = |value: u8| TOP + (10 - i32::from(value)) * STEP;
    let line = |pick: fn(&Reading) -> Option<u8>, class: &'static str| {
        let points: Vec<(i32, i32, u8)> = readings
            .iter()
            .enumerate()
            .filter_map(|(i, r)| pick(r).map(|v| (x(i), y(v), v)))
            .collect();
        let path = points
            .iter()
            .map(|(px, py, _)| format!("{px},{py}"))
            .collect::<Vec<_>>()
            .join(" ");
        view! {
            <polyline points=path class=format!("growth-line {class}") />
            {points
                .into_iter()
                .map(|(px, py, value)| view! {
                    <circle cx=px cy=py r="4" class=format!("growth-dot {class}") />
                    <text x=px + 6 y=py - 4 class="chart-value">{value}</text>
                })
                .collect_view()}
        }
    };
    let axis = readings
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let label = r.on.map(short_date).unwrap_or_default();
            view! { <text x=x(i) y=HEIGHT - 2 class="chart-legend growth-day">{label}</text> }
        })
        .collect_view();
    let rows = readings
        .iter()
        .map(|r| {
            let (on, now, wanted, first) = (r.on, r.now, r.wanted, r.first);
            let show = move |v: Option<u8>| score_text(i18n, v, 10);
            view! {
                <tr role="row">
                    <th role="rowheader" scope="row">
                        {move || match on {
                            Some(day) => date_text(i18n, day),
                            None => t_string!(i18n, growth.first_reading).to_owned(),
                        }}
                        {move || (first && on.is_some()).then(|| format!(" ({})", t_string!(i18n, growth.first_reading)))}
                    </th>
                    <td role="cell" data-label=move || t_string!(i18n, overview.now)>{move || show(now)}</td>
                    <td role="cell" data-label=move || t_string!(i18n, overview.wanted)>{move || show(wanted)}</td>
                </tr>
            }
        })
        .collect_view();
    view! {
        <div class="growth-island" data-island=id.as_str()>
            <h3>{move || island_name(i18n, id)}</h3>
            <figure class="chart growth-chart">
                <svg
                    viewBox=format!("0 0 {WIDTH} {HEIGHT}")
                    role="img"
                    aria-label=move || t_string!(i18n, growth.over_time_label).replace("{island}", island_name(i18n, id))
                    focusable="false"
                >
                    <line x1=LEFT y1=y(0) x2=WIDTH - RIGHT y2=y(0) class="growth-axis" />
                    <line x1=LEFT y1=y(10) x2=WIDTH - RIGHT y2=y(10) class="growth-axis" />
                    <text x="0" y=y(0) + 4 class="chart-legend">"0"</text>
                    <text x="0" y=y(10) + 4 class="chart-legend">"10"</text>
                    {line(|r| r.wanted, "wanted")}
                    {line(|r| r.now, "now")}
                    {axis}
                </svg>
                <figcaption>
                    <span class="legend-mark now" aria-hidden="true"></span>
                    {t!(i18n, overview.now)}
                    " "
                    <span class="legend-mark wanted" aria-hidden="true"></span>
                    {t!(i18n, overview.wanted)}
                </figcaption>
            </figure>
            // Blocks on a narrow screen with big text, as the chart's table (`data-label`).
            <table class="chart-table" role="table">
                <caption class="visually-hidden">{move || island_name(i18n, id)}</caption>
                <thead role="rowgroup">
                    <tr role="row">
                        <th role="columnheader" scope="col">{t!(i18n, growth.date)}</th>
                        <th role="columnheader" scope="col">{t!(i18n, overview.now)}</th>
                        <th role="columnheader" scope="col">{t!(i18n, overview.wanted)}</th>
                    </tr>
                </thead>
                <tbody role="rowgroup">{rows}</tbody>
            </table>
        </div>
    }
}

/// `5/3`: day and month, short enough for the axis (the table has the full date).
fn short_date(day: chrono::NaiveDate) -> String {
    use chrono::Datelike;
    format!("{}/{}", day.day(), day.month())
}
