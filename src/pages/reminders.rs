//! `/reminders`: the youngster sets their own reminder — on or off, when, what it says — and can
//! put it in the phone's calendar or ask for notifications. Every valid change is saved at
//! once; an invalid one gets a message and the last good reminder stays.

use chrono::{Local, NaiveDate, Utc, Weekday, WeekdaySet};
use leptos::prelude::*;
use leptos_router::components::A;
use stc_core::journey::step_text;
use stc_core::reminders::{self, Schedule, ScheduleError};

use crate::components::icons::{Icon, IconView};
use crate::components::reminder_words::{date_text, message_text, when_text};
use crate::content;
use crate::i18n::*;
use crate::pages::reminder_form::{MessageChoice, NotifySwitch, ScheduleForm};
use crate::platform::browser;
use crate::platform::files::{self, Handed};
use crate::state::reminders::use_reminder_watch;
use crate::state::use_store;

/// The calendar file's name.
const ICS_FILE_NAME: &str = "start-to-can-herinnering.ics";
/// The same on every export, so a calendar replaces the old event instead of adding one.
const ICS_UID: &str = "reminder@start-to-can.app";

/// The reminder screen.
#[component]
pub fn Reminders() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let enabled = Signal::derive(move || store.state().with(|s| s.reminders.enabled));
    let toggle = move |ev: leptos::ev::Event| {
        let on = event_target_checked(&ev);
        store.update(|s| {
            if on {
                // The stored schedule is always valid (only valid ones are saved).
                let _ = s.reminders.switch_on(Utc::now());
            } else {
                s.reminders.switch_off();
            }
        });
    };
    view! {
        <section class="page reminders">
            <h1>{t!(i18n, reminders.title)}</h1>
            <p>{t!(i18n, reminders.intro)}</p>
            <label class="tile switch">
                <input type="checkbox" role="switch" prop:checked=enabled on:change=toggle />
                <span>{t!(i18n, reminders.switch)}</span>
            </label>
            <StepDayReminder />
            <Show
                when=move || enabled.get()
                fallback=move || view! { <p class="muted">{t!(i18n, reminders.off)}</p> }
            >
                <NextReminder />
                <ScheduleForm />
                <MessageChoice />
                <Calendar />
                <NotifySwitch />
            </Show>
            <p class="more">
                <A href="/settings">{t!(i18n, reminders.back)}</A>
            </p>
        </section>
    }
}

/// "Volgende herinnering: woensdag 25 november om 16:00", or that none will come.
#[component]
fn NextReminder() -> impl IntoView {
    let store = use_store();
    let watch = use_reminder_watch();
    let i18n = use_i18n();
    let next = Signal::derive(move || {
        let now = watch.now().get();
        store
            .state()
            .with(|s| reminders::next_due(&s.reminders, now, &Local))
    });
    view! {
        <p class="next-reminder" aria-live="polite">
            <IconView icon=Icon::Bell />
            <span>
                {move || match next.get() {
                    Some(at) => {
                        t_string!(i18n, reminders.next, when = when_text(i18n, at)).to_string()
                    }
                    None => t_string!(i18n, reminders.no_next).to_owned(),
                }}
            </span>
        </p>
    }
}

/// "Op de dag van je stap": the soonest first step with a date to come, and one tap to be
/// reminded that day (at the reminder's time). Gone once the reminder rings on that day.
#[component]
fn StepDayReminder() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let step = move || {
        let pack = content::pack_if_loaded(store.language().get())?;
        store.state().with(|s| {
            let step = s.journey.next_dated_step(pack, browser::today())?;
            let by = step.by?;
            let what = step_text(pack, &step.exercise, &step.question, &step.what)?;
            let already = s.reminders.enabled
                && matches!(s.reminders.schedule, Schedule::Once { at } if at.date() == by);
            (!already).then_some((what, by))
        })
    };
    let error = RwSignal::new(None::<ScheduleError>);
    let remind = move |by: NaiveDate| {
        let outcome = store.try_update(|s| {
            let schedule = Schedule::once_on(browser::today(), by, s.reminders.schedule.time())?;
            s.reminders.reschedule(schedule, Utc::now())?;
            s.reminders.switch_on(Utc::now())
        });
        error.set(outcome.and_then(Result::err));
    };
    move || {
        step().map(|(what, by)| {
            view! {
                <div class="card step-day">
                    <p>
                        {t_string!(i18n, growth.step_day).replace("{date}", &date_text(i18n, by))}
                        " "<strong>{what}</strong>
                    </p>
                    <button type="button" class="button primary wide" on:click=move |_| remind(by)>
                        {t!(i18n, growth.step_day_button)}
                    </button>
                    <p class="error" role="alert">{move || error.get().map(|e| schedule_error_text(i18n, e))}</p>
                </div>
            }
        })
    }
}

/// What the last calendar export did.
#[derive(Clone, Copy, PartialEq, Eq)]
enum CalendarMessage {
    Downloaded,
    Shared,
    NoNext,
    Failed,
}

/// "Zet in mijn agenda": the reminder as an `.ics` file, made on the phone and handed over.
#[component]
fn Calendar() -> impl IntoView {
    let store = use_store();
    let i18n = use_i18n();
    let message = RwSignal::new(None::<CalendarMessage>);
    let export = move |_| {
        let settings = store.state().with_untracked(|s| s.reminders.clone());
        let text = message_text(i18n, &settings.message);
        let ics = reminders::to_ics(&settings, &text, ICS_UID, Utc::now(), &Local);
        leptos::task::spawn_local(async move {
            let outcome = match ics {
                Err(reminders::IcsError::AlreadyPassed) => Some(CalendarMessage::NoNext),
                Err(_) => Some(CalendarMessage::Failed),
                Ok(ics) => {
                    match files::share_or_download(ICS_FILE_NAME, "text/calendar", &ics).await {
                        Ok(Handed::Downloaded) => Some(CalendarMessage::Downloaded),
                        Ok(Handed::Shared) => Some(CalendarMessage::Shared),
                        Ok(Handed::ShareCancelled) => None,
                        Err(reason) => {
                            leptos::logging::warn!("the calendar file failed: {reason}");
                            Some(CalendarMessage::Failed)
                        }
                    }
                }
            };
            message.set(outcome);
        });
    };
    let text = move |m: CalendarMessage| match m {
        CalendarMessage::Downloaded => t_string!(i18n, reminders.calendar_done),
        CalendarMessage::Shared => t_string!(i18n, reminders.calendar_shared),
        CalendarMessage::NoNext => t_string!(i18n, reminders.no_next),
        CalendarMessage::Failed => t_string!(i18n, reminders.calendar_failed),
    };
    view! {
        <div class="reminder-part">
            <button type="button" class="button with-icon" on:click=export>
                <IconView icon=Icon::Calendar />
                <span>{t!(i18n, reminders.calendar)}</span>
            </button>
            <p class="hint">{t!(i18n, reminders.calendar_hint)}</p>
            <p class="form-message" role="status">
                {move || message.get().map(text)}
            </p>
        </div>
    }
}

/// A schedule problem in words.
pub fn schedule_error_text(
    i18n: leptos_i18n::I18nContext<Locale>,
    error: ScheduleError,
) -> &'static str {
    match error {
        ScheduleError::NoDaysChosen => t_string!(i18n, reminders.error.no_days),
        ScheduleError::TimeInvalid => t_string!(i18n, reminders.error.bad_time),
        ScheduleError::DaysAheadOutOfRange(_) => t_string!(i18n, reminders.error.days_range),
    }
}

/// Every weekday, Monday first.
pub fn week() -> impl Iterator<Item = Weekday> {
    WeekdaySet::ALL.iter(Weekday::Mon)
}
