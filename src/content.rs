//! The content packs (islands, exercises, tips). They are not compiled in: that put both
//! languages into every first download. `cargo xtask build` writes each pack next to the app
//! (see `platform::content_files`); the app fetches the pack of the language shown, and the
//! service worker precaches every pack, so the app works offline from the first visit and a
//! language switch works offline too.
//!
//! The pages that show content sit inside [`ContentReady`]; there [`pack`] always has a pack.

use leptos::prelude::*;
use stc_core::Language;
use stc_core::journey::Pack;

use crate::i18n::*;
use crate::platform::content_files;
use crate::state::use_store;

#[derive(Default)]
struct Packs {
    /// Read once and kept for the whole visit (one per language at most), so pages can hold
    /// `&'static` references as they did when the packs were compiled in.
    loaded: Vec<(Language, &'static Pack)>,
    loading: Vec<Language>,
    /// The last fetch failed (offline without the service worker, or a broken build).
    failed: bool,
}

thread_local! {
    // A reactive global, not context: pages also read packs in event handlers.
    static PACKS: ArcRwSignal<Packs> = ArcRwSignal::new(Packs::default());
}

fn packs() -> ArcRwSignal<Packs> {
    PACKS.with(Clone::clone)
}

/// The pack for `language`. While it is on its way (just after a language switch) this is the
/// pack shown before; the caller is told again when the asked one arrives.
///
/// # Panics
/// When no pack has arrived at all: only call it inside [`ContentReady`].
pub fn pack(language: Language) -> &'static Pack {
    pack_if_loaded(language).expect("pages that read content are inside ContentReady")
}

/// The pack of `language` (or any pack that arrived) when one is there: for parts of a page
/// that can do without content (no [`ContentReady`] around them).
pub fn pack_if_loaded(language: Language) -> Option<&'static Pack> {
    packs().with(|packs| {
        packs
            .loaded
            .iter()
            .find(|(loaded, _)| *loaded == language)
            .or(packs.loaded.first())
            .map(|(_, pack)| *pack)
    })
}

/// Fetches the pack of the language shown, now and whenever the language changes.
pub fn load_packs_for(language: Signal<Language>) {
    Effect::new(move |_| load(language.get()));
}

fn load(language: Language) {
    let packs = packs();
    let busy = packs.with_untracked(|p| {
        p.loading.contains(&language) || p.loaded.iter().any(|(loaded, _)| *loaded == language)
    });
    if busy {
        return;
    }
    packs.update(|p| {
        p.loading.push(language);
        p.failed = false;
    });
    wasm_bindgen_futures::spawn_local(async move {
        let read = fetch(language).await;
        packs.update(|p| {
            p.loading.retain(|loading| *loading != language);
            match read {
                Ok(pack) => p.loaded.push((language, Box::leak(Box::new(pack)))),
                Err(error) => {
                    leptos::logging::warn!("content pack {}: {error}", language.tag());
                    p.failed = true;
                }
            }
        });
    });
}

async fn fetch(language: Language) -> Result<Pack, String> {
    let url = content_files::pack_url(language.tag())
        .ok_or("the page names no content pack (was it built with `cargo xtask build`?)")?;
    let json = content_files::fetch_text(&url).await?;
    Pack::from_json(&json).map_err(|e| format!("{url}: {e}"))
}

/// Shows `children` once a content pack has arrived. When fetching failed, says so and offers
/// to try again; while it is on its way (a moment, from the service worker), shows nothing.
#[component]
pub fn ContentReady(children: ChildrenFn) -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let state = packs();
    let ready = {
        let state = state.clone();
        move || state.with(|p| !p.loaded.is_empty())
    };
    let failed = move || state.with(|p| p.failed);
    let try_again = move |_| load(store.language().get_untracked());
    view! {
        <Show
            when=ready
            fallback=move || {
                view! {
                    <Show when=failed.clone()>
                        <section class="page content-failed" role="alert">
                            <h1>{t!(i18n, offline.content_failed)}</h1>
                            <p>{t!(i18n, offline.content_failed_help)}</p>
                            <button type="button" class="button" on:click=try_again>
                                {t!(i18n, offline.try_again)}
                            </button>
                        </section>
                    </Show>
                }
            }
        >
            {children()}
        </Show>
    }
}
