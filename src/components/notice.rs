//! The banner that tells the youngster when saving or reading their data went wrong, with what
//! they can do about it: download a copy the app could not read, or reload for a new version.

use leptos::prelude::*;
use leptos_router::hooks::use_navigate;

use crate::components::icons::{Icon, IconView};
use crate::i18n::*;
use crate::platform::service_worker;
use crate::state::{StorageNotice, set_aside, use_store};

/// Shows the current storage notice, if any, as an alert. After another tab deleted
/// everything, it also takes this tab back to the welcome screen.
#[component]
pub fn StorageNoticeBanner() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let navigate = use_navigate();
    Effect::new(move |_| {
        let deleted_elsewhere = store.notice().get() == Some(StorageNotice::DeletedElsewhere);
        if deleted_elsewhere && !store.state().with(|s| s.welcomed) {
            navigate("/", Default::default());
        }
    });
    let message = move |notice: &StorageNotice| match notice {
        StorageNotice::SaveFailed => t_string!(i18n, notice.save_failed),
        StorageNotice::SetAside { .. } => t_string!(i18n, notice.set_aside),
        StorageNotice::NewerVersion => t_string!(i18n, notice.newer_version),
        StorageNotice::UnreadableAndStuck => t_string!(i18n, notice.stuck),
        StorageNotice::Unavailable => t_string!(i18n, notice.unavailable),
        StorageNotice::DeletedElsewhere => t_string!(i18n, notice.deleted_elsewhere),
    };
    view! {
        <div class="notice-area" role="alert">
            {move || {
                store.notice().get().map(|notice| {
                    let kind = match notice {
                        StorageNotice::SaveFailed => "save-failed",
                        StorageNotice::SetAside { .. } => "set-aside",
                        StorageNotice::NewerVersion => "newer-version",
                        StorageNotice::UnreadableAndStuck => "stuck",
                        StorageNotice::Unavailable => "unavailable",
                        StorageNotice::DeletedElsewhere => "deleted-elsewhere",
                    };
                    let action = match &notice {
                        StorageNotice::SetAside { key } => {
                            Some(view! { <DownloadCopyButton copy_key=key.clone() /> }.into_any())
                        }
                        StorageNotice::NewerVersion => Some(view! { <ReloadButton /> }.into_any()),
                        _ => None,
                    };
                    // A newer version stays in the way until the reload: nothing to close.
                    let closable = notice != StorageNotice::NewerVersion;
                    view! {
                        <div class="notice" data-notice=kind>
                            <div class="notice-body">
                                <p>{move || message(&notice)}</p>
                                {action}
                            </div>
                            {closable
                                .then(|| {
                                    view! {
                                        <CloseButton on_close=Callback::new(move |()| {
                                            store.dismiss_notice()
                                        }) />
                                    }
                                })}
                        </div>
                    }
                })
            }}
        </div>
    }
}

/// "Download deze kopie": the set-aside copy as a file, exactly as it was saved. Also in Settings.
#[component]
pub fn DownloadCopyButton(copy_key: String) -> impl IntoView {
    let i18n = use_i18n();
    let failed = RwSignal::new(false);
    let download = move |_| {
        if let Err(reason) = set_aside::download(&copy_key) {
            leptos::logging::warn!("the set-aside copy could not be downloaded: {reason}");
            failed.set(true);
        }
    };
    view! {
        <button type="button" class="button small" on:click=download>
            {t!(i18n, notice.download_copy)}
        </button>
        <Show when=move || failed.get()>
            <p>{t!(i18n, settings.data.failed)}</p>
        </Show>
    }
}

/// "Herladen": into the newest version of the app (letting a waiting one take over first).
#[component]
pub fn ReloadButton() -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button
            type="button"
            class="button primary small"
            on:click=move |_| service_worker::activate_update()
        >
            {t!(i18n, offline.reload)}
        </button>
    }
}

/// The round "close" button at the end of a banner. The banner goes, so the keyboard goes on
/// from the page's heading.
#[component]
pub fn CloseButton(on_close: Callback<()>) -> impl IntoView {
    let i18n = use_i18n();
    view! {
        <button
            type="button"
            class="icon-button"
            aria-label=move || t_string!(i18n, notice.close)
            on:click=move |_| {
                on_close.run(());
                crate::platform::browser::focus_soon("main h1");
            }
        >
            <IconView icon=Icon::Close />
        </button>
    }
}
