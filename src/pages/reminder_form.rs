//! The parts of the reminder form: when it rings, what it says, and notifications.

use chrono::{Datelike, Local, NaiveTime, Utc, WeekdaySet};
use leptos::prelude::*;
use leptos_i18n::I18nContext;
use stc_core::reminders::{
    Message, MessageError, MessagePreset, OWN_TEXT_MAX_CHARS, OwnText, Schedule, ScheduleError,
};

use crate::components::radio_tiles::RadioTiles;
use crate::components::reminder_words::{day_full, day_short, message_text, preset_text};
use crate::i18n::*;
use crate::pages::reminders::{schedule_error_text, week};
use crate::platform::notify::{self, Permission};
use crate::state::reminders::use_reminder_watch;
use crate::state::use_store;

/// Every week, or once.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Weekly,
    Once,
}

/// What the form shows, read once from the stored schedule.
struct Draft {
    kind: Kind,
    days: WeekdaySet,
    time: NaiveTime,
    days_ahead: i64,
}

impl Draft {
    fn of(schedule: &Schedule) -> Draft {
        match schedule {
            Schedule::Weekly { days, time } => Draft {
                kind: Kind::Weekly,
                days: *days,
                time: *time,
                days_ahead: 1,
            },
            Schedule::Once { at } => Draft {
                kind: Kind::Once,
                days: WeekdaySet::single(at.weekday()),
                time: at.time(),
                days_ahead: (at.date() - Local::now().date_naive()).num_days(),
            },
        }
    }
}

/// When the reminder rings: every week on chosen days, or once in a number of days; and the time.
#[component]
pub fn ScheduleForm() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let draft = store
        .state()
        .with_untracked(|s| Draft::of(&s.reminders.schedule));
    let kind = RwSignal::new(draft.kind);
    let days = RwSignal::new(draft.days);
    let time = RwSignal::new(draft.time.format("%H:%M").to_string());
    let days_ahead = RwSignal::new(draft.days_ahead.clamp(1, 60).to_string());
    let error = RwSignal::new(None::<ScheduleError>);

    let apply = move || {
        let schedule =
            Schedule::parse_time(&time.get_untracked()).and_then(|at| match kind.get_untracked() {
                Kind::Weekly => Schedule::weekly(days.get_untracked(), at),
                Kind::Once => {
                    let text = days_ahead.get_untracked();
                    let n = text
                        .trim()
                        .parse::<u32>()
                        .map_err(|_| ScheduleError::DaysAheadOutOfRange(0))?;
                    Schedule::once_in_days(Local::now().date_naive(), n, at)
                }
            });
        match schedule {
            Ok(schedule) => {
                error.set(None);
                if store
                    .state()
                    .with_untracked(|s| s.reminders.schedule != schedule)
                {
                    store.update(|s| {
                        let _ = s.reminders.reschedule(schedule, Utc::now());
                    });
                }
            }
            Err(problem) => error.set(Some(problem)),
        }
    };
    // Each problem shows under the field it is about.
    let problem_about = move |field: fn(&ScheduleError) -> bool| {
        move || {
            error
                .get()
                .filter(field)
                .map(|problem| and_kept(i18n, schedule_error_text(i18n, problem)))
        }
    };
    let kinds = vec![
        (
            Kind::Weekly,
            Signal::derive(move || t_string!(i18n, reminders.weekly).to_owned()),
        ),
        (
            Kind::Once,
            Signal::derive(move || t_string!(i18n, reminders.once).to_owned()),
        ),
    ];
    view! {
        <div class="reminder-part two-tiles">
            <RadioTiles
                name="reminder-kind"
                legend=Signal::derive(move || t_string!(i18n, reminders.how_often).to_owned())
                options=kinds
                selected=kind
                on_select=Callback::new(move |k| {
                    kind.set(k);
                    apply();
                })
            />
        </div>
        <Show
            when=move || kind.get() == Kind::Weekly
            fallback=move || {
                view! {
                    <div class="reminder-part field">
                        <label for="reminder-days-ahead">{t!(i18n, reminders.in_days)}</label>
                        <p id="reminder-days-ahead-hint" class="hint">
                            {t!(i18n, reminders.in_days_hint)}
                        </p>
                        <input
                            id="reminder-days-ahead"
                            class="short-input"
                            type="number"
                            inputmode="numeric"
                            min="1"
                            max="60"
                            aria-describedby="reminder-days-ahead-hint"
                            prop:value=days_ahead
                            on:input=move |ev| {
                                days_ahead.set(event_target_value(&ev));
                                apply();
                            }
                        />
                        <p class="form-message error" role="alert">
                            {problem_about(|e| {
                                matches!(e, ScheduleError::DaysAheadOutOfRange(_))
                            })}
                        </p>
                    </div>
                }
            }
        >
            <fieldset class="reminder-part day-chips">
                <legend>{t!(i18n, reminders.days)}</legend>
                <div class="chips">
                    {week()
                        .map(|day| {
                            view! {
                                <label class="chip">
                                    <input
                                        type="checkbox"
                                        prop:checked=move || days.with(|d| d.contains(day))
                                        on:change=move |ev| {
                                            let on = event_target_checked(&ev);
                                            days.update(|d| {
                                                if on {
                                                    d.insert(day);
                                                } else {
                                                    d.remove(day);
                                                }
                                            });
                                            apply();
                                        }
                                    />
                                    <span aria-hidden="true">{move || day_short(i18n, day)}</span>
                                    <span class="visually-hidden">{move || day_full(i18n, day)}</span>
                                </label>
                            }
                        })
                        .collect_view()}
                </div>
                <p class="form-message error" role="alert">
                    {problem_about(|e| *e == ScheduleError::NoDaysChosen)}
                </p>
            </fieldset>
        </Show>
        <div class="reminder-part field">
            <label for="reminder-time">{t!(i18n, reminders.time)}</label>
            <input
                id="reminder-time"
                class="short-input"
                type="time"
                required
                prop:value=time
                on:change=move |ev| {
                    time.set(event_target_value(&ev));
                    apply();
                }
            />
            <p class="form-message error" role="alert">
                {problem_about(|e| *e == ScheduleError::TimeInvalid)}
            </p>
        </div>
    }
}

/// A problem, followed by "your previous reminder is still saved".
fn and_kept(i18n: I18nContext<Locale>, problem: &str) -> String {
    format!("{problem} {}", t_string!(i18n, reminders.error.kept))
}

/// One of the presets, or the youngster's own words.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Choice {
    Preset(MessagePreset),
    Own,
}

/// What the reminder says: folded away behind its current text, so the screen stays calm.
#[component]
pub fn MessageChoice() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let stored = store
        .state()
        .with_untracked(|s| s.reminders.message.clone());
    let choice = RwSignal::new(match &stored {
        Message::Preset(preset) => Choice::Preset(*preset),
        Message::Own(_) => Choice::Own,
    });
    let own = RwSignal::new(match &stored {
        Message::Own(text) => text.as_str().to_owned(),
        Message::Preset(_) => String::new(),
    });
    let error = RwSignal::new(None::<MessageError>);
    let save_own = move |show_empty: bool| match OwnText::parse(&own.get_untracked()) {
        Ok(text) => {
            error.set(None);
            store.update(|s| s.reminders.message = Message::Own(text));
        }
        Err(MessageError::Empty) if !show_empty => error.set(None),
        Err(problem) => error.set(Some(problem)),
    };
    let mut options: Vec<(Choice, Signal<String>)> = MessagePreset::ALL
        .into_iter()
        .map(|preset| {
            let label = Signal::derive(move || preset_text(i18n, preset).to_owned());
            (Choice::Preset(preset), label)
        })
        .collect();
    options.push((
        Choice::Own,
        Signal::derive(move || t_string!(i18n, reminders.own).to_owned()),
    ));
    let on_select = Callback::new(move |picked: Choice| {
        choice.set(picked);
        match picked {
            Choice::Preset(preset) => {
                error.set(None);
                store.update(|s| s.reminders.message = Message::Preset(preset));
            }
            Choice::Own => save_own(false),
        }
    });
    let current = move || {
        store
            .state()
            .with(|s| message_text(i18n, &s.reminders.message))
    };
    let count = move || own.with(|text| text.trim().chars().count());
    let error_text = move |problem: MessageError| match problem {
        MessageError::Empty => t_string!(i18n, reminders.error.text_empty),
        MessageError::TooLong { .. } => t_string!(i18n, reminders.error.text_long),
        MessageError::ControlCharacter => t_string!(i18n, reminders.error.text_line),
    };
    view! {
        <details class="reminder-part message-choice">
            <summary>
                <span class="summary-title">{t!(i18n, reminders.message)}</span>
                <span class="summary-value">{current}</span>
            </summary>
            <RadioTiles
                name="reminder-message"
                legend=Signal::derive(move || t_string!(i18n, reminders.message).to_owned())
                options=options
                selected=choice
                on_select=on_select
            />
            <Show when=move || choice.get() == Choice::Own>
                <div class="field own-text">
                    <label for="reminder-own-text">{t!(i18n, reminders.own_label)}</label>
                    <p id="reminder-own-hint" class="hint">{t!(i18n, reminders.own_hint)}</p>
                    <input
                        id="reminder-own-text"
                        type="text"
                        autocomplete="off"
                        aria-describedby="reminder-own-hint reminder-own-count"
                        prop:value=own
                        on:input=move |ev| {
                            own.set(event_target_value(&ev));
                            save_own(false);
                        }
                        on:change=move |_| save_own(true)
                    />
                    <p
                        id="reminder-own-count"
                        class=move || {
                            if count() > OWN_TEXT_MAX_CHARS { "hint over" } else { "hint" }
                        }
                    >
                        {move || t_string!(i18n, reminders.own_count, count = count()).to_string()}
                    </p>
                </div>
            </Show>
            <p class="form-message error" role="alert">
                {move || error.get().map(|problem| and_kept(i18n, error_text(problem)))}
            </p>
        </details>
    }
}

/// What asking for notifications led to.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Asked {
    Asking,
    Denied,
    Unsupported,
}

/// "Ook een melding op deze telefoon": asks the browser only when switched on, and says why.
#[component]
pub fn NotifySwitch() -> impl IntoView {
    let store = use_store();
    let watch = use_reminder_watch();
    let i18n = use_i18n();
    let asked = RwSignal::new(None::<Asked>);
    let wanted = Signal::derive(move || store.state().with(|s| s.reminders.notify));
    let settle = move |permission: Permission| {
        watch.set_permission(permission);
        let outcome = match permission {
            Permission::Granted => None,
            Permission::Denied => Some(Asked::Denied),
            Permission::Unsupported => Some(Asked::Unsupported),
            Permission::Ask => Some(Asked::Denied),
        };
        if outcome.is_some() {
            store.update(|s| s.reminders.notify = false);
        }
        asked.set(outcome);
    };
    let toggle = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        store.update(|s| s.reminders.notify = on);
        if !on {
            asked.set(None);
            return;
        }
        match notify::permission() {
            Permission::Ask => {
                asked.set(Some(Asked::Asking));
                leptos::task::spawn_local(async move {
                    settle(notify::request_permission().await);
                });
            }
            permission => settle(permission),
        }
    };
    let status = move || match (asked.get(), wanted.get()) {
        (Some(Asked::Asking), _) => Some(t_string!(i18n, reminders.notify_why)),
        (Some(Asked::Denied), _) => Some(t_string!(i18n, reminders.notify_denied)),
        (Some(Asked::Unsupported), _) => Some(t_string!(i18n, reminders.notify_unsupported)),
        (None, true) => match watch.permission().get() {
            Permission::Granted => Some(t_string!(i18n, reminders.notify_on)),
            Permission::Denied => Some(t_string!(i18n, reminders.notify_denied)),
            Permission::Unsupported => Some(t_string!(i18n, reminders.notify_unsupported)),
            Permission::Ask => None,
        },
        (None, false) => None,
    };
    view! {
        <div class="reminder-part">
            <label class="tile switch">
                <input type="checkbox" role="switch" prop:checked=wanted on:change=toggle />
                <span>{t!(i18n, reminders.notify)}</span>
            </label>
            <p class="form-message" role="status">{status}</p>
        </div>
    }
}
