//! The gentle banner that shows a due reminder, with a link to carry on where the youngster
//! stopped.

use leptos::prelude::*;
use leptos_router::components::A;
use stc_core::reminders::continue_path;

use crate::components::icons::{Icon, IconView};
use crate::components::notice::CloseButton;
use crate::components::reminder_words::message_text;
use crate::i18n::*;
use crate::state::reminders::use_reminder_watch;
use crate::state::use_store;

/// Shows the due reminder (see [`crate::state::reminders`]) until it is closed or followed.
#[component]
pub fn ReminderBanner() -> impl IntoView {
    let store = use_store();
    let watch = use_reminder_watch();
    let i18n = use_i18n();
    let href = Signal::derive(move || store.state().with(|s| continue_path(&s.journey)));
    view! {
        <div class="reminder-area" role="status">
            {move || {
                watch.shown().get().map(|shown| {
                    view! {
                        <div class="notice reminder-banner">
                            <IconView icon=Icon::Bell />
                            <div class="reminder-body">
                                <p class="reminder-text">
                                    <span class="visually-hidden">
                                        {t!(i18n, reminders.banner_label)} ": "
                                    </span>
                                    {move || message_text(i18n, &shown.message)}
                                </p>
                                <A href=move || href.get() on:click=move |_| watch.dismiss()>
                                    {t!(i18n, reminders.continue_link)}
                                </A>
                            </div>
                            <CloseButton on_close=Callback::new(move |()| watch.dismiss()) />
                        </div>
                    }
                })
            }}
        </div>
    }
}
