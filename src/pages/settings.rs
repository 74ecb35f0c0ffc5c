//! `/settings`: language, colours, contrast and text size, saved at once; read aloud; the
//! reminder; the youngster's data.

use chrono::Local;
use leptos::prelude::*;
use leptos_router::components::A;
use leptos_router::hooks::use_navigate;
use stc_core::backup::{self, RestoreError};
use stc_core::reminders;
use stc_core::{Language, TextSize, Theme};

use crate::components::notice::DownloadCopyButton;
use crate::components::radio_tiles::RadioTiles;
use crate::components::reminder_words::{date_text, when_text};
use crate::i18n::*;
use crate::platform::{browser, files};
use crate::state::read_aloud::use_read_aloud;
use crate::state::reminders::use_reminder_watch;
use crate::state::{set_aside, share, use_store};

/// The languages, each named in itself, for a [`RadioTiles`] group.
pub fn language_options() -> Vec<(Language, Signal<String>)> {
    Language::ALL
        .into_iter()
        .map(|l| (l, Signal::stored(l.endonym().to_owned())))
        .collect()
}

/// The settings screen.
#[component]
pub fn Settings() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let themes = Theme::ALL
        .into_iter()
        .map(|theme| {
            let label = Signal::derive(move || {
                match theme {
                    Theme::System => t_string!(i18n, settings.theme_system),
                    Theme::Light => t_string!(i18n, settings.theme_light),
                    Theme::Dark => t_string!(i18n, settings.theme_dark),
                }
                .to_owned()
            });
            (theme, label)
        })
        .collect::<Vec<_>>();
    let text_sizes = TextSize::ALL
        .into_iter()
        .map(|size| {
            let label = Signal::derive(move || {
                match size {
                    TextSize::Normal => t_string!(i18n, settings.text_normal),
                    TextSize::Large => t_string!(i18n, settings.text_large),
                    TextSize::ExtraLarge => t_string!(i18n, settings.text_extra_large),
                }
                .to_owned()
            });
            (size, label)
        })
        .collect::<Vec<_>>();
    view! {
        <section class="page settings">
            <h1>{t!(i18n, settings.title)}</h1>
            <p>{t!(i18n, settings.saved_on_phone)}</p>
            <RadioTiles
                name="language"
                legend=Signal::derive(move || t_string!(i18n, settings.language).to_owned())
                options=language_options()
                selected=store.language()
                on_select=Callback::new(move |l| store.set_language(l))
            />
            <RadioTiles
                name="theme"
                legend=Signal::derive(move || t_string!(i18n, settings.theme).to_owned())
                options=themes
                selected=Signal::derive(move || store.state().with(|s| s.settings.theme))
                on_select=Callback::new(move |t| store.set_theme(t))
            />
            <label class="tile switch contrast-switch">
                <input
                    type="checkbox"
                    role="switch"
                    prop:checked=move || store.state().with(|s| s.settings.high_contrast)
                    on:change=move |ev| store.set_high_contrast(event_target_checked(&ev))
                />
                <span>{t!(i18n, settings.high_contrast)}</span>
            </label>
            <div class="text-sizes">
                <RadioTiles
                    name="text-size"
                    legend=Signal::derive(move || t_string!(i18n, settings.text_size).to_owned())
                    options=text_sizes
                    selected=Signal::derive(move || store.state().with(|s| s.settings.text_size))
                    on_select=Callback::new(move |size| store.set_text_size(size))
                />
            </div>
            <ReadAloudLine />
            <ReminderSummary />
            <MyData />
            <p class="more">
                <a href="/share" rel="external">{t!(i18n, settings.share_link)}</a>
            </p>
        </section>
    }
}

/// "Voorlezen": how to have a question read aloud, or why this phone cannot.
#[component]
fn ReadAloudLine() -> impl IntoView {
    let store = use_store();
    let read_aloud = use_read_aloud();
    let i18n = use_i18n();
    view! {
        <section class="settings-part read-aloud-line" aria-labelledby="read-aloud-title">
            <h2 id="read-aloud-title">{t!(i18n, read_aloud.title)}</h2>
            <Show
                when=move || read_aloud.available(store.language().get())
                fallback=move || view! {
                    <p data-voice="none">{t!(i18n, read_aloud.no_voice)}</p>
                    <p class="help">{t!(i18n, read_aloud.no_voice_help)}</p>
                }
            >
                <p data-voice="yes">{t!(i18n, read_aloud.how)}</p>
            </Show>
        </section>
    }
}

/// "Herinnering": whether a reminder is on and when it comes next, with the way to set it.
#[component]
fn ReminderSummary() -> impl IntoView {
    let store = use_store();
    let watch = use_reminder_watch();
    let i18n = use_i18n();
    let summary = move || {
        let now = watch.now().get();
        match store
            .state()
            .with(|s| reminders::next_due(&s.reminders, now, &Local))
        {
            Some(at) => t_string!(i18n, reminders.next, when = when_text(i18n, at)).to_string(),
            None => t_string!(i18n, settings.reminder_off).to_owned(),
        }
    };
    view! {
        <section class="settings-part" aria-labelledby="reminder-summary-title">
            <h2 id="reminder-summary-title">{t!(i18n, settings.reminder_title)}</h2>
            <p>{summary}</p>
            <A href="/reminders" attr:class="button">
                {t!(i18n, settings.reminder_link)}
            </A>
        </section>
    }
}

/// What the last data action did, shown under the buttons.
#[derive(Clone, Copy, PartialEq, Eq)]
enum DataMessage {
    BackupDone,
    RestoreDone,
    NotABackup,
    Damaged,
    FromNewerVersion,
    CopyRemoved,
    Failed,
}

impl DataMessage {
    /// Something went wrong: the keyboard and screen reader are taken to the message.
    fn is_error(self) -> bool {
        matches!(
            self,
            DataMessage::NotABackup
                | DataMessage::Damaged
                | DataMessage::FromNewerVersion
                | DataMessage::Failed
        )
    }
}

/// "Your data": download a backup, restore one, the copies the app could not read, delete
/// everything (after a confirmation that says how many of those copies go too).
#[component]
fn MyData() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let navigate = use_navigate();
    let message = RwSignal::new(None::<DataMessage>);
    let confirming = RwSignal::new(false);
    // Read again when the confirmation opens, so the count is the one "delete" removes.
    let copies = RwSignal::new(set_aside::copies());
    let copies_also_deleted = move || match copies.with(Vec::len) {
        0 => None,
        1 => Some(t_string!(i18n, settings.data.delete_copies_one).to_string()),
        count => Some(t_string!(i18n, settings.data.delete_copies_many, count = count).to_string()),
    };
    let file_input = NodeRef::<leptos::html::Input>::new();
    let shares = move || store.state().with(|s| !s.sharing.is_empty());
    let links = move || store.state().with(|s| !s.invites.standing.is_empty());
    let deleting = RwSignal::new(false);
    // After "delete everything": how many coaches' copies still wait (offline).
    let deleted_waiting = RwSignal::new(None::<usize>);
    let leftovers = share::leftovers_waiting();

    // A message; after an error the focus goes to it.
    let show = move |m: DataMessage| {
        message.set(Some(m));
        if m.is_error() {
            browser::focus_soon(".my-data .data-message");
        }
    };
    let download_backup = move |_| {
        let now = browser::now_iso();
        let text = backup::create(&store.state().get_untracked(), &now);
        let name = format!("start-to-can-{}.json", &now[..10.min(now.len())]);
        let outcome = files::download(&name, "application/json", &text);
        show(if outcome.is_ok() {
            DataMessage::BackupDone
        } else {
            DataMessage::Failed
        });
    };
    let restore_chosen = move |_| {
        let Some(input) = file_input.get_untracked() else {
            return;
        };
        leptos::task::spawn_local(async move {
            let outcome = match files::read_chosen_text(&input).await {
                Err(_) => DataMessage::Failed,
                Ok(text) => match backup::restore(&text) {
                    // Not made over a newer version's data: the notice says why.
                    Ok(state) => {
                        if store.replace(state) {
                            DataMessage::RestoreDone
                        } else {
                            DataMessage::Failed
                        }
                    }
                    Err(RestoreError::NotABackup) => DataMessage::NotABackup,
                    Err(RestoreError::Damaged(_)) => DataMessage::Damaged,
                    Err(RestoreError::FromNewerVersion { .. }) => DataMessage::FromNewerVersion,
                },
            };
            input.set_value("");
            show(outcome);
        });
    };
    let delete = move |_| {
        if deleting.get_untracked() {
            return;
        }
        deleting.set(true);
        let navigate = navigate.clone();
        leptos::task::spawn_local(async move {
            let outcome = share::delete_everything(store).await;
            deleting.set(false);
            confirming.set(false);
            match outcome {
                Ok(0) => navigate("/", Default::default()),
                Ok(waiting) => deleted_waiting.set(Some(waiting)),
                Err(_) => show(DataMessage::Failed),
            }
        });
    };
    let text = move |m: DataMessage| match m {
        DataMessage::BackupDone => t_string!(i18n, settings.data.backup_done),
        DataMessage::RestoreDone => t_string!(i18n, settings.data.restore_done),
        DataMessage::NotABackup => t_string!(i18n, settings.data.not_backup),
        DataMessage::Damaged => t_string!(i18n, settings.data.damaged),
        DataMessage::FromNewerVersion => t_string!(i18n, settings.data.newer),
        DataMessage::CopyRemoved => t_string!(i18n, settings.data.copy_removed),
        DataMessage::Failed => t_string!(i18n, settings.data.failed),
    };
    view! {
        <section class="my-data" aria-labelledby="my-data-title">
            <h2 id="my-data-title">{t!(i18n, settings.data.title)}</h2>
            <p>{t!(i18n, settings.data.intro)}</p>
            <div class="actions">
                <button type="button" class="button" on:click=download_backup>
                    {t!(i18n, settings.data.backup)}
                </button>
                <button
                    type="button"
                    class="button"
                    on:click=move |_| {
                        if let Some(input) = file_input.get_untracked() {
                            input.click();
                        }
                    }
                >
                    {t!(i18n, settings.data.restore)}
                </button>
                <input
                    node_ref=file_input
                    type="file"
                    accept="application/json,.json"
                    class="visually-hidden"
                    tabindex="-1"
                    aria-hidden="true"
                    on:change=restore_chosen
                />
            </div>
            <p class="data-message" role="status">
                {move || message.get().map(text)}
                {move || deleting.get().then(|| t_string!(i18n, settings.data.deleting))}
            </p>
            <Show when=move || deleted_waiting.get().is_some()>
                <div class="card deleted-waiting">
                    <p>{t!(i18n, settings.data.deleted_waiting)}</p>
                    <A href="/" attr:class="button primary">{t!(i18n, settings.data.to_start)}</A>
                </div>
            </Show>
            <Show when=move || { leftovers.get() > 0 && deleted_waiting.get().is_none() }>
                <p class="leftover-deletes">
                    {move || t_string!(i18n, settings.data.leftover).replace("{count}", &leftovers.get().to_string())}
                </p>
            </Show>
            <SetAsideCopies copies message />
            <Show
                when=move || confirming.get()
                fallback=move || {
                    view! {
                        <button
                            type="button"
                            class="button danger"
                            on:click=move |_| {
                                copies.set(set_aside::copies());
                                confirming.set(true);
                                browser::focus_soon("#delete-question");
                            }
                        >
                            {t!(i18n, settings.data.delete)}
                        </button>
                    }
                }
            >
                <div class="confirm" role="group" aria-labelledby="delete-question">
                    <p id="delete-question">
                        {t!(i18n, settings.data.delete_confirm)}
                        {move || copies_also_deleted().map(|also| format!(" {also}"))}
                        {move || shares().then(|| format!(" {}", t_string!(i18n, settings.data.delete_shares)))}
                        {move || links().then(|| format!(" {}", t_string!(i18n, settings.data.delete_links)))}
                    </p>
                    <div class="actions">
                        <button type="button" class="button danger-solid" on:click=delete.clone()>
                            {t!(i18n, settings.data.delete_yes)}
                        </button>
                        <button
                            type="button"
                            class="button"
                            on:click=move |_| {
                                confirming.set(false);
                                browser::focus_soon(".my-data .button.danger");
                            }
                        >
                            {t!(i18n, settings.data.delete_no)}
                        </button>
                    </div>
                </div>
            </Show>
        </section>
    }
}

/// The copies of saved data the app could not read: each with its day, a download and a way
/// to delete it. Nothing shows while there are none.
#[component]
fn SetAsideCopies(
    copies: RwSignal<Vec<stc_core::storage::SetAsideCopy>>,
    message: RwSignal<Option<DataMessage>>,
) -> impl IntoView {
    let i18n = use_i18n();
    let remove = move |key: String| {
        message.set(Some(match set_aside::remove(&key) {
            Ok(()) => DataMessage::CopyRemoved,
            Err(reason) => {
                leptos::logging::warn!("the set-aside copy could not be removed: {reason}");
                DataMessage::Failed
            }
        }));
        copies.set(set_aside::copies());
    };
    let day = move |millis: Option<u64>| {
        let date = millis
            .and_then(|ms| chrono::DateTime::from_timestamp_millis(i64::try_from(ms).ok()?))
            .map(|at| at.with_timezone(&Local).date_naive())?;
        Some(t_string!(i18n, settings.data.copy_from, date = date_text(i18n, date)).to_string())
    };
    view! {
        <Show when=move || !copies.with(Vec::is_empty)>
            <section class="set-aside-copies" aria-labelledby="set-aside-title">
                <h3 id="set-aside-title">{t!(i18n, settings.data.copies_title)}</h3>
                <p>{t!(i18n, settings.data.copies_intro)}</p>
                <ul>
                    // One or two copies at most: drawn afresh, no keyed list needed.
                    {move || {
                        copies
                            .get()
                            .into_iter()
                            .map(|copy| {
                                let key = copy.key.clone();
                                view! {
                                    <li>
                                        <p>{move || day(copy.set_aside_at_millis)}</p>
                                        <div class="actions">
                                            <DownloadCopyButton copy_key=copy.key.clone() />
                                            <button
                                                type="button"
                                                class="button small danger"
                                                on:click=move |_| remove(key.clone())
                                            >
                                                {t!(i18n, settings.data.copy_remove)}
                                            </button>
                                        </div>
                                    </li>
                                }
                            })
                            .collect_view()
                    }}
                </ul>
            </section>
        </Show>
    }
}
