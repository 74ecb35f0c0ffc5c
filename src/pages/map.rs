//! `/map`: the seven islands. The exercises come with the journey; until then the map says so.

use leptos::prelude::*;

use crate::i18n::*;
use leptos_i18n::I18nContext;

/// The islands in the order of the paper; the youngster may start on any of them.
const ISLANDS: [&str; 7] = [
    "wonen",
    "relaties",
    "gezondheid",
    "financien",
    "leren",
    "vrije_tijd",
    "werk",
];

/// The map screen (islands listed, exercises announced).
#[component]
pub fn Map() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page map">
            <h1>{t!(i18n, map.title)}</h1>
            <p class="lead">{t!(i18n, map.intro)}</p>
            <p class="empty-state">{t!(i18n, map.coming)}</p>
            <ul class="island-list">
                {ISLANDS
                    .into_iter()
                    .map(|id| {
                        view! {
                            <li class="island" data-island=id>
                                <span class="island-name">{move || island_name(i18n, id)}</span>
                                <span class="badge">{t!(i18n, map.soon)}</span>
                            </li>
                        }
                    })
                    .collect_view()}
            </ul>
        </section>
    }
}

/// The island's name in the current language (reactive when called in a closure).
fn island_name(i18n: I18nContext<Locale>, id: &str) -> &'static str {
    match id {
        "wonen" => t_string!(i18n, map.islands.wonen),
        "relaties" => t_string!(i18n, map.islands.relaties),
        "gezondheid" => t_string!(i18n, map.islands.gezondheid),
        "financien" => t_string!(i18n, map.islands.financien),
        "leren" => t_string!(i18n, map.islands.leren),
        "vrije_tijd" => t_string!(i18n, map.islands.vrije_tijd),
        _ => t_string!(i18n, map.islands.werk),
    }
}
