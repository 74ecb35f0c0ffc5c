//! `/`: the first start. What the app is, the promise that answers stay on the phone, the
//! language, and "start" (then the avatar, with a nickname). A youngster who has been welcomed
//! goes straight to the map.

use leptos::prelude::*;
use leptos_router::components::Redirect;
use leptos_router::hooks::use_navigate;

use crate::components::icons::{Icon, IconView};
use crate::components::radio_tiles::RadioTiles;
use crate::i18n::*;
use crate::pages::settings::language_options;
use crate::state::use_store;

/// The welcome screen.
#[component]
pub fn Welcome() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let navigate = use_navigate();
    let start = move |_| {
        store.update(|s| s.welcomed = true);
        // The avatar comes next, the first time; it can be changed later from the map.
        let has_avatar = store.state().with_untracked(|s| s.journey.avatar.is_some());
        navigate(
            if has_avatar { "/map" } else { "/avatar" },
            Default::default(),
        );
    };
    let welcomed = store.state().with_untracked(|s| s.welcomed);
    view! {
        <Show when=move || !welcomed fallback=|| view! { <Redirect path="/map" /> }>
            <section class="page welcome">
                <h1>{t!(i18n, welcome.title)}</h1>
                <p class="lead">{t!(i18n, welcome.intro)}</p>
                <div class="card promise">
                    <IconView icon=Icon::Lock />
                    <div>
                        <h2>{t!(i18n, welcome.promise_title)}</h2>
                        <p>{t!(i18n, welcome.promise)}</p>
                    </div>
                </div>
                <RadioTiles
                    name="welcome-language"
                    legend=Signal::derive(move || t_string!(i18n, welcome.language).to_owned())
                    options=language_options()
                    selected=store.language()
                    on_select=Callback::new(move |l| store.set_language(l))
                />
                <button type="button" class="button primary wide" on:click=start.clone()>
                    {t!(i18n, welcome.start)}
                </button>
            </section>
        </Show>
    }
}
