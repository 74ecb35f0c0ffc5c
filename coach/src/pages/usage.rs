//! `/coach/use`: the use of the tool, as the pilots evaluated it: per island, how many of my
//! youngsters shared it as done, and the average of their 1–7 answers (`stc_core::coach::usage`).

use leptos::prelude::*;
use stc_core::Language;
use stc_core::coach::caseload::shared_islands;
use stc_core::coach::usage::usage;
use stc_i18n::i18n::*;
use stc_ui::island_art::{IslandSign, island_name};

use crate::state::use_coach;

/// The table per island.
#[component]
pub fn Usage() -> impl IntoView {
    let i18n = use_i18n();
    let coach = use_coach();
    let summaries = Memo::new(move |_| {
        coach.shared().with(|all| {
            all.iter()
                .filter_map(|s| s.content.as_ref().ok().map(shared_islands))
                .collect::<Vec<_>>()
        })
    });
    let rows = Memo::new(move |_| summaries.with(|all| usage(all.iter().map(Vec::as_slice))));
    let decimal_sign = move || {
        if coach.language().get() == Language::En {
            '.'
        } else {
            ','
        }
    };
    view! {
        <section class="page usage">
            <h1>{t!(i18n, coach_app.usage.title)}</h1>
            <p class="lead">{t!(i18n, coach_app.usage.intro)}</p>
            <p class="help">{t!(i18n, coach_app.usage.question)}</p>
            <table class="usage-table">
                <caption>
                    {move || t_string!(i18n, coach_app.usage.of).replace("{count}", &summaries.with(Vec::len).to_string())}
                </caption>
                <thead>
                    <tr>
                        <th scope="col">{t!(i18n, coach_app.usage.island)}</th>
                        <th scope="col">{t!(i18n, coach_app.usage.done)}</th>
                        <th scope="col">{t!(i18n, coach_app.usage.average)}</th>
                    </tr>
                </thead>
                <tbody>
                    {move || rows.get().into_iter().map(|row| {
                        let island = row.island;
                        view! {
                            <tr data-island=island.as_str()>
                                <th scope="row">
                                    <span class="usage-island">
                                        <IslandSign island=island />
                                        {move || island_name(i18n, island)}
                                    </span>
                                </th>
                                <td class="usage-done">{row.done}</td>
                                <td class="usage-average">
                                    {move || match row.average_text(decimal_sign()) {
                                        Some(average) if row.answers == 1 => {
                                            format!("{average} ({})", t_string!(i18n, coach_app.usage.one_answer))
                                        }
                                        Some(average) => format!(
                                            "{average} ({})",
                                            t_string!(i18n, coach_app.usage.answers).replace("{count}", &row.answers.to_string())
                                        ),
                                        None => t_string!(i18n, coach_app.usage.none).to_owned(),
                                    }}
                                </td>
                            </tr>
                        }
                    }).collect_view()}
                </tbody>
            </table>
        </section>
    }
}
