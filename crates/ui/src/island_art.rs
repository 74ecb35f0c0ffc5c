//! Each island's picture — sand, a hill, and the sign of its life domain — and its name. The
//! picture is decorative: the name stands next to it.

use leptos::prelude::*;
use leptos_i18n::I18nContext;
use stc_core::journey::IslandId;

use stc_i18n::i18n::*;

/// The sign on each island, drawn in a 24×24 box.
fn sign(island: IslandId) -> &'static str {
    match island {
        // a house
        IslandId::Wonen => "M12 3 2 11h3v9h5v-6h4v6h5v-9h3L12 3Z",
        // two hearts' worth of care: a heart
        IslandId::Relaties => {
            "M12 21s-8-5.1-8-11a4.5 4.5 0 0 1 8-2.8A4.5 4.5 0 0 1 20 10c0 5.9-8 11-8 11Z"
        }
        // a plus: health
        IslandId::Gezondheid => "M9 3h6v6h6v6h-6v6H9v-6H3V9h6V3Z",
        // a coin
        IslandId::Financien => {
            "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm1 4v1.6c1.6.3 2.7 1.3 2.9 2.7h-2.1c-.2-.6-.8-1-1.8-1-1.1 0-1.7.4-1.7 1 0 .5.4.8 2 1.2 2.2.5 3.7 1.2 3.7 3.1 0 1.5-1.2 2.5-3 2.8V19h-2v-1.6c-1.8-.3-3-1.4-3.1-3h2.1c.2.8.9 1.2 2 1.2 1.2 0 1.8-.4 1.8-1.1 0-.6-.5-.9-2.1-1.3-2.1-.5-3.6-1.1-3.6-3 0-1.4 1.1-2.4 2.9-2.7V6h2Z"
        }
        // an open book
        IslandId::Leren => {
            "M2 5c3-1 6-1 9 1v14c-3-2-6-2-9-1V5Zm20 0v14c-3-1-6-1-9 1V6c3-2 6-2 9-1Z"
        }
        // a ball
        IslandId::VrijeTijd => {
            "M12 2a10 10 0 1 0 0 20 10 10 0 0 0 0-20Zm0 4 3.5 2.5-1.3 4h-4.4l-1.3-4L12 6Z"
        }
        // a briefcase
        IslandId::Werk => "M9 4h6a2 2 0 0 1 2 2v1h4v12H3V7h4V6a2 2 0 0 1 2-2Zm0 3h6V6H9v1Z",
    }
}

/// The island drawing; `lit` adds the glow of a finished island.
#[component]
pub fn IslandArt(island: IslandId, #[prop(into)] lit: Signal<bool>) -> impl IntoView {
    view! {
        <svg class="island-art" class:lit=lit viewBox="0 0 100 64" aria-hidden="true" focusable="false">
            <ellipse class="glow" cx="50" cy="40" rx="48" ry="22" />
            <ellipse class="sand" cx="50" cy="44" rx="42" ry="16" />
            <ellipse class="land" cx="50" cy="36" rx="32" ry="17" />
            <g transform="translate(38 20)">
                <path class="sign" d=sign(island) />
            </g>
        </svg>
    }
}

/// The island's sign in a small disc of the island's colour, beside its name in the overview.
#[component]
pub fn IslandSign(island: IslandId) -> impl IntoView {
    view! {
        <svg class="island-sign" viewBox="0 0 24 24" aria-hidden="true" focusable="false">
            <circle class="island-disc" cx="12" cy="12" r="12" />
            <g transform="translate(5 5) scale(0.58)">
                <path class="sign" d=sign(island) />
            </g>
        </svg>
    }
}

/// The island's name in the language shown (reactive when called in a closure).
pub fn island_name(i18n: I18nContext<Locale>, island: IslandId) -> &'static str {
    match island {
        IslandId::Wonen => t_string!(i18n, map.islands.wonen),
        IslandId::Relaties => t_string!(i18n, map.islands.relaties),
        IslandId::Gezondheid => t_string!(i18n, map.islands.gezondheid),
        IslandId::Financien => t_string!(i18n, map.islands.financien),
        IslandId::Leren => t_string!(i18n, map.islands.leren),
        IslandId::VrijeTijd => t_string!(i18n, map.islands.vrije_tijd),
        IslandId::Werk => t_string!(i18n, map.islands.werk),
    }
}
