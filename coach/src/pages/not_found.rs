//! Any other path under `/coach/`.

use leptos::prelude::*;
use leptos_router::components::A;
use stc_i18n::i18n::*;

/// "This page does not exist", with the way home.
#[component]
pub fn NotFound() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page">
            <h1>{t!(i18n, coach_app.not_found.title)}</h1>
            <A href="/coach/" attr:class="button primary">{t!(i18n, coach_app.not_found.home)}</A>
        </section>
    }
}
