//! The banner that tells the youngster when saving or reading their data went wrong.

use leptos::prelude::*;

use crate::components::icons::{Icon, IconView};
use crate::i18n::*;
use crate::state::{StorageNotice, use_store};

/// Shows the current storage notice, if any, as an alert that can be closed.
#[component]
pub fn StorageNoticeBanner() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let message = move |notice: &StorageNotice| match notice {
        StorageNotice::SaveFailed => t_string!(i18n, notice.save_failed),
        StorageNotice::SetAside { .. } => t_string!(i18n, notice.set_aside),
        StorageNotice::FromNewerVersion { .. } => t_string!(i18n, notice.newer_version),
        StorageNotice::UnreadableAndStuck => t_string!(i18n, notice.stuck),
        StorageNotice::Unavailable => t_string!(i18n, notice.unavailable),
    };
    view! {
        <div class="notice-area" role="alert">
            {move || {
                store.notice().get().map(|notice| {
                    let kind = match notice {
                        StorageNotice::SaveFailed => "save-failed",
                        StorageNotice::SetAside { .. } => "set-aside",
                        StorageNotice::FromNewerVersion { .. } => "newer-version",
                        StorageNotice::UnreadableAndStuck => "stuck",
                        StorageNotice::Unavailable => "unavailable",
                    };
                    view! {
                        <div class="notice" data-notice=kind>
                            <p>{move || message(&notice)}</p>
                            <CloseButton on_close=Callback::new(move |()| store.dismiss_notice()) />
                        </div>
                    }
                })
            }}
        </div>
    }
}

/// The round "close" button at the end of a banner.
#[component]
pub fn CloseButton(on_close: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button
            type="button"
            class="icon-button"
            aria-label=move || t_string!(i18n, notice.close)
            on:click=move |_| on_close.run(())
        >
            <IconView icon=Icon::Close />
        </button>
    }
}
