//! `/share` in this app: "Deel met je coach" is an app of its own (`share/`), which the worker
//! keeps once it was opened. This app shows `/share` only when that one could not be fetched:
//! offline before the first share, or while the server is away. What waits in the outbox goes
//! from here anyway.

use leptos::prelude::*;
use leptos_router::components::A;

use crate::i18n::*;

/// "Dit scherm heeft internet nodig", with a try again and the way back.
#[component]
pub fn ShareAway() -> impl IntoView {
    let i18n = use_i18n();
    let again = move |_| {
        if let Err(error) = window().location().reload() {
            leptos::logging::warn!("could not reload: {error:?}");
        }
    };
    view! {
        <section class="page share-away">
            <h1>{t!(i18n, share.title)}</h1>
            <p>{t!(i18n, share.away_text)}</p>
            <p class="help">{t!(i18n, share.away_kept)}</p>
            <button type="button" class="button primary wide" on:click=again>
                {t!(i18n, share.away_again)}
            </button>
            <A href="/overview" attr:class="button wide">{t!(i18n, share.away_back)}</A>
        </section>
    }
}
