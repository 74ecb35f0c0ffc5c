//! The reminder in words, in the language on screen: its text, the days, and "woensdag
//! 25 november om 16:00" (a date alone, as the overview writes it, is `stc_ui::dates`). Call
//! these inside a closure to follow language changes.

use chrono::{DateTime, Datelike, Local, Utc, Weekday};
use leptos_i18n::I18nContext;
use stc_core::reminders::{Message, MessagePreset};

use crate::i18n::*;

pub use stc_ui::dates::date_text;
use stc_ui::dates::month_name;

/// What the reminder says: a preset in the current language, or the youngster's own text.
pub fn message_text(i18n: I18nContext<Locale>, message: &Message) -> String {
    match message {
        Message::Preset(preset) => preset_text(i18n, *preset).to_owned(),
        Message::Own(text) => text.as_str().to_owned(),
    }
}

/// A preset's text in the current language.
pub fn preset_text(i18n: I18nContext<Locale>, preset: MessagePreset) -> &'static str {
    match preset {
        MessagePreset::TimeToPlay => t_string!(i18n, reminders.preset.time_to_play),
        MessagePreset::FiveMinutes => t_string!(i18n, reminders.preset.five_minutes),
        MessagePreset::FirstStep => t_string!(i18n, reminders.preset.first_step),
        MessagePreset::NextIsland => t_string!(i18n, reminders.preset.next_island),
        MessagePreset::CheckIn => t_string!(i18n, reminders.preset.check_in),
    }
}

/// The day as a chip shows it: "ma".
pub fn day_short(i18n: I18nContext<Locale>, day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => t_string!(i18n, reminders.day_short.mon),
        Weekday::Tue => t_string!(i18n, reminders.day_short.tue),
        Weekday::Wed => t_string!(i18n, reminders.day_short.wed),
        Weekday::Thu => t_string!(i18n, reminders.day_short.thu),
        Weekday::Fri => t_string!(i18n, reminders.day_short.fri),
        Weekday::Sat => t_string!(i18n, reminders.day_short.sat),
        Weekday::Sun => t_string!(i18n, reminders.day_short.sun),
    }
}

/// The day's full name, as a screen reader reads a chip: "maandag".
pub fn day_full(i18n: I18nContext<Locale>, day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => t_string!(i18n, reminders.day_full.mon),
        Weekday::Tue => t_string!(i18n, reminders.day_full.tue),
        Weekday::Wed => t_string!(i18n, reminders.day_full.wed),
        Weekday::Thu => t_string!(i18n, reminders.day_full.thu),
        Weekday::Fri => t_string!(i18n, reminders.day_full.fri),
        Weekday::Sat => t_string!(i18n, reminders.day_full.sat),
        Weekday::Sun => t_string!(i18n, reminders.day_full.sun),
    }
}

/// The day as in "on Wednesday" (Finnish: "keskiviikkona").
fn on_day(i18n: I18nContext<Locale>, day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => t_string!(i18n, reminders.on_day.mon),
        Weekday::Tue => t_string!(i18n, reminders.on_day.tue),
        Weekday::Wed => t_string!(i18n, reminders.on_day.wed),
        Weekday::Thu => t_string!(i18n, reminders.on_day.thu),
        Weekday::Fri => t_string!(i18n, reminders.on_day.fri),
        Weekday::Sat => t_string!(i18n, reminders.on_day.sat),
        Weekday::Sun => t_string!(i18n, reminders.on_day.sun),
    }
}

/// "woensdag 25 november om 16:00", on the phone's clock.
pub fn when_text(i18n: I18nContext<Locale>, at: DateTime<Utc>) -> String {
    let local = at.with_timezone(&Local);
    let time = if i18n.get_locale() == Locale::fi {
        local.format("%H.%M").to_string()
    } else {
        local.format("%H:%M").to_string()
    };
    t_string!(
        i18n,
        reminders.when,
        weekday = on_day(i18n, local.weekday()),
        day = local.day(),
        month = month_name(i18n, local.month()),
        time = time
    )
    .to_string()
}
