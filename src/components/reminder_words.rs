//! The reminder in words, in the language on screen: its text, the days, and "woensdag
//! 25 november om 16:00", and a date as the overview writes it. Call these inside a closure to follow language changes.

use chrono::{DateTime, Datelike, Local, NaiveDate, Utc, Weekday};
use leptos_i18n::I18nContext;
use stc_core::reminders::{Message, MessagePreset};

use crate::i18n::*;

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

/// The month as in "25 November" (Finnish: "marraskuuta"); `month` runs from 1 to 12.
fn month_name(i18n: I18nContext<Locale>, month: u32) -> &'static str {
    match month {
        1 => t_string!(i18n, reminders.month.jan),
        2 => t_string!(i18n, reminders.month.feb),
        3 => t_string!(i18n, reminders.month.mar),
        4 => t_string!(i18n, reminders.month.apr),
        5 => t_string!(i18n, reminders.month.may),
        6 => t_string!(i18n, reminders.month.jun),
        7 => t_string!(i18n, reminders.month.jul),
        8 => t_string!(i18n, reminders.month.aug),
        9 => t_string!(i18n, reminders.month.sep),
        10 => t_string!(i18n, reminders.month.oct),
        11 => t_string!(i18n, reminders.month.nov),
        _ => t_string!(i18n, reminders.month.dec),
    }
}

/// A date written out: "15 januari 2099" (Finnish "15. tammikuuta 2099"). Also the overview's.
pub fn date_text(i18n: I18nContext<Locale>, date: NaiveDate) -> String {
    t_string!(
        i18n,
        reminders.date,
        day = date.day(),
        month = month_name(i18n, date.month()),
        year = date.year()
    )
    .to_string()
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
