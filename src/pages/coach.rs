//! `/coach`: the coaches' side. Sharing comes in a later step; the page says how it will work.

use leptos::prelude::*;

use crate::i18n::*;

/// The coach screen (sharing announced).
#[component]
pub fn Coach() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page coach">
            <h1>{t!(i18n, coach.title)}</h1>
            <p class="lead">{t!(i18n, coach.intro)}</p>
            <p>{t!(i18n, coach.how)}</p>
            <p class="empty-state">{t!(i18n, coach.coming)}</p>
        </section>
    }
}
