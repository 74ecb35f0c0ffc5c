//! The reminder at work while the app runs: it checks every minute (and exactly when the next
//! reminder is due) whether one is due, shows it once in the banner (and as a notification when
//! the youngster asked for one), sets the app badge, and keeps the service worker's plan in step.

use std::time::Duration;

use chrono::{DateTime, Local, Utc};
use leptos::leptos_dom::helpers::TimeoutHandle;
use leptos::prelude::*;
use leptos_router::hooks::use_navigate;
use stc_core::reminders::{self, Message};

use super::{Store, use_store};
use crate::components::reminder_words::message_text;
use crate::i18n::*;
use crate::platform::notify::{self, Permission};
use crate::platform::reminder_plan;

/// How often the app looks at the clock while it runs.
const CHECK_EVERY: Duration = Duration::from_secs(60);
/// `setTimeout` takes at most 2³¹ − 1 ms (about 24 days); a later reminder waits for a check.
const MAX_TIMEOUT_MS: i64 = i32::MAX as i64;
/// The notification's title.
const TITLE: &str = "Start To Can";

/// The reminder the banner shows.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ShownReminder {
    pub at: DateTime<Utc>,
    pub message: Message,
}

/// The reminder watch, shared through context.
#[derive(Clone, Copy)]
pub struct ReminderWatch {
    shown: RwSignal<Option<ShownReminder>>,
    now: RwSignal<DateTime<Utc>>,
    permission: RwSignal<Permission>,
}

impl ReminderWatch {
    /// The reminder on show in the banner, if any.
    pub fn shown(&self) -> Signal<Option<ShownReminder>> {
        self.shown.into()
    }

    /// The phone's clock, refreshed at every check.
    pub fn now(&self) -> Signal<DateTime<Utc>> {
        self.now.into()
    }

    /// Whether the app may show notifications.
    pub fn permission(&self) -> Signal<Permission> {
        self.permission.into()
    }

    pub fn set_permission(&self, permission: Permission) {
        self.permission.set(permission);
    }

    /// The youngster closed the banner or followed its link.
    pub fn dismiss(&self) {
        self.shown.set(None);
    }
}

/// Starts the reminder watch and provides it. Call once, inside the router.
pub fn provide_reminder_watch() -> ReminderWatch {
    let store = use_store();
    let started_at = Utc::now();
    let watch = ReminderWatch {
        shown: RwSignal::new(None),
        now: RwSignal::new(started_at),
        permission: RwSignal::new(notify::permission()),
    };
    provide_context(watch);
    let tick = move || watch.now.set(Utc::now());

    if let Ok(interval) = set_interval_with_handle(tick, CHECK_EVERY) {
        on_cleanup(move || interval.clear());
    }
    let back_in_view = window_event_listener(leptos::ev::visibilitychange, move |_| tick());
    on_cleanup(move || back_in_view.remove());

    show_when_due(store, watch, started_at);
    wake_at_next_due(store, watch);
    Effect::new(move |_| notify::set_badge(watch.shown.with(Option::is_some)));
    keep_plan_in_step(store, watch);
    watch
}

/// The watch provided by [`provide_reminder_watch`].
pub fn use_reminder_watch() -> ReminderWatch {
    expect_context::<ReminderWatch>()
}

/// When a reminder is due: show it in the banner and mark it seen at once (so it shows once,
/// never a pile); one that fell due while the app was running also comes as a notification.
/// Marking it seen is a write without a tap (the youngster asked for the reminder): it follows the
/// storage rules, and a reminder that could not be marked (a newer version holds the data,
/// or it was deleted in another tab) is not shown, so it cannot come again every minute.
fn show_when_due(store: Store, watch: ReminderWatch, started_at: DateTime<Utc>) {
    let i18n = use_i18n();
    let navigate = use_navigate();
    Effect::new(move |_| {
        let now = watch.now.get();
        let Some(due) = store
            .state()
            .with(|s| reminders::due_now(&s.reminders, now, &Local))
        else {
            return;
        };
        if !store.update_in_background(|s| s.reminders.acknowledge(now)) {
            return;
        }
        let wants_notification = store.state().with_untracked(|s| s.reminders.notify);
        if due.at >= started_at
            && wants_notification
            && watch.permission.get_untracked() == Permission::Granted
        {
            let body = message_text(i18n, &due.message);
            let url = store
                .state()
                .with_untracked(|s| reminders::continue_path(&s.journey));
            let navigate = navigate.clone();
            leptos::task::spawn_local(async move {
                let on_click = move |url: String| {
                    watch.dismiss();
                    navigate(&url, Default::default());
                };
                if let Err(reason) = notify::show(TITLE, &body, &url, on_click).await {
                    leptos::logging::warn!("the reminder notification failed: {reason}");
                }
            });
        }
        watch.shown.set(Some(ShownReminder {
            at: due.at,
            message: due.message,
        }));
    });
}

/// Sets a timer to the next reminder, so it shows on time rather than at the next check.
fn wake_at_next_due(store: Store, watch: ReminderWatch) {
    let timer = StoredValue::new(None::<TimeoutHandle>);
    Effect::new(move |_| {
        let now = watch.now.get();
        let next = store
            .state()
            .with(|s| reminders::next_due(&s.reminders, now, &Local));
        if let Some(old) = timer.get_value() {
            old.clear();
        }
        timer.set_value(next.and_then(|at| {
            let wait = (at - now).num_milliseconds().clamp(0, MAX_TIMEOUT_MS);
            let wait = Duration::from_millis(u64::try_from(wait).unwrap_or(0));
            set_timeout_with_handle(move || watch.now.set(Utc::now()), wait).ok()
        }));
    });
    on_cleanup(move || {
        if let Some(old) = timer.get_value() {
            old.clear();
        }
    });
}

/// Writes the service worker's plan whenever the reminder, its words or the continue link
/// change, or removes it (and stops periodic sync) when no notification should come.
fn keep_plan_in_step(store: Store, watch: ReminderWatch) {
    let i18n = use_i18n();
    let last_written = StoredValue::new(None::<Option<String>>);
    Effect::new(move |_| {
        let permitted = watch.permission.get() == Permission::Granted;
        let plan = store.state().with(|s| {
            let body = message_text(i18n, &s.reminders.message);
            let url = reminders::continue_path(&s.journey);
            let plan =
                reminders::notification_plan(&s.reminders, TITLE, &body, &url, Utc::now(), &Local);
            plan.filter(|_| permitted)
                .and_then(|plan| serde_json::to_string(&plan).ok())
        });
        if last_written.get_value().as_ref() == Some(&plan) {
            return;
        }
        last_written.set_value(Some(plan.clone()));
        leptos::task::spawn_local(async move {
            let outcome = match plan {
                Some(json) => match reminder_plan::write(&json).await {
                    Ok(()) => reminder_plan::register_periodic_sync().await.map(|_| ()),
                    Err(reason) => Err(reason),
                },
                None => match reminder_plan::delete().await {
                    Ok(()) => reminder_plan::unregister_periodic_sync().await,
                    Err(reason) => Err(reason),
                },
            };
            if let Err(reason) = outcome {
                leptos::logging::warn!("the reminder plan could not be updated: {reason}");
            }
        });
    });
}
