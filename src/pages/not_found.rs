//! Any path the app does not know.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::*;

/// A friendly "not here" with the way back.
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page not-found">
            <h1>{t!(i18n, not_found.title)}</h1>
            <p>
                <A href="/map">{t!(i18n, not_found.back)}</A>
            </p>
        </section>
    }
}
