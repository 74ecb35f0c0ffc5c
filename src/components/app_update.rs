//! News from the service worker, in a polite status line floating above the bottom navigation
//! (it comes after the page is drawn, so it must not push the page down): "ready offline" the
//! first time (once, with a close button; it waits until the youngster has left the welcome
//! screen, which keeps its one way forward), and "there is a new version" with a reload button
//! when an update waits. The app never reloads unless the youngster taps that button.

use leptos::prelude::*;
use leptos_router::hooks::use_location;

use crate::components::icons::{Icon, IconView};
use crate::components::notice::ReloadButton;
use crate::i18n::*;
use crate::platform::service_worker::{self, WorkerNews};

/// Registers the service worker and shows what it has to say.
#[component]
pub fn AppUpdate() -> impl IntoView {
    let i18n = use_i18n();
    let (ready_offline, set_ready_offline) = signal(false);
    let (update_waiting, set_update_waiting) = signal(false);
    let pathname = use_location().pathname;
    service_worker::start(move |news| match news {
        WorkerNews::ReadyOffline => {
            if !service_worker::ready_offline_told() {
                set_ready_offline.set(true);
            }
        }
        WorkerNews::UpdateWaiting => set_update_waiting.set(true),
    });
    let show_ready =
        move || ready_offline.get() && !update_waiting.get() && pathname.with(|p| p != "/");
    // Said once per phone: noted when it is on screen; the line stays until closed.
    Effect::new(move |told: Option<bool>| {
        let told = told.unwrap_or(false);
        if !told && show_ready() {
            service_worker::remember_ready_offline_told();
            return true;
        }
        told
    });
    view! {
        <div class="notice-area app-news" role="status">
            <Show when=move || update_waiting.get()>
                <div class="notice info" data-news="update">
                    <p>{t!(i18n, offline.update)}</p>
                    <ReloadButton />
                </div>
            </Show>
            <Show when=show_ready>
                <div class="notice info" data-news="ready">
                    <p>{t!(i18n, offline.ready)}</p>
                    <button
                        type="button"
                        class="icon-button"
                        aria-label=move || t_string!(i18n, notice.close)
                        on:click=move |_| set_ready_offline.set(false)
                    >
                        <IconView icon=Icon::Close />
                    </button>
                </div>
            </Show>
        </div>
    }
}
