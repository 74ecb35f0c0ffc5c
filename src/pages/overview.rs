//! `/overview`: "my overview". It fills once exercises exist; until then it shows what will be
//! in it.

use leptos::prelude::*;

use crate::i18n::*;

/// The overview screen (its four parts announced).
#[component]
pub fn Overview() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <section class="page overview">
            <h1>{t!(i18n, overview.title)}</h1>
            <p class="empty-state">{t!(i18n, overview.intro)}</p>
            <ul class="overview-parts">
                <li>{t!(i18n, overview.want)}</li>
                <li>{t!(i18n, overview.good_at)}</li>
                <li>{t!(i18n, overview.helpers)}</li>
                <li>{t!(i18n, overview.first_step)}</li>
            </ul>
        </section>
    }
}
