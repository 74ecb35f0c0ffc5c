//! "Lees voor": a button that reads a question aloud with the phone's own voice, in the
//! content's language. It is not there when the phone has no voice for that language (Settings
//! says why), and it stops the voice when the screen goes.

use leptos::prelude::*;
use stc_core::Language;

use crate::components::icons::{Icon, IconView};
use crate::i18n::*;
use crate::state::read_aloud::use_read_aloud;

/// The button; `text` makes what is said when it is pressed.
#[component]
pub fn ReadAloudButton(text: Callback<(), String>, language: Language) -> impl IntoView {
    let i18n = use_i18n();
    let read_aloud = use_read_aloud();
    on_cleanup(move || read_aloud.stop());
    view! {
        <Show when=move || read_aloud.available(language)>
            <button
                type="button"
                class="button small read-aloud"
                on:click=move |_| read_aloud.toggle(&text.run(()), language)
            >
                {move || if read_aloud.speaking() {
                    view! { <IconView icon=Icon::Stop /><span>{t!(i18n, read_aloud.stop)}</span> }.into_any()
                } else {
                    view! { <IconView icon=Icon::Speaker /><span>{t!(i18n, read_aloud.read)}</span> }.into_any()
                }}
            </button>
        </Show>
    }
}
