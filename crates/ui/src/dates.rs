//! A date written out in the language on screen: "15 januari 2099" (Finnish "15. tammikuuta
//! 2099"). Call these inside a closure to follow language changes.

use chrono::{Datelike, NaiveDate};
use leptos_i18n::I18nContext;
use stc_i18n::i18n::*;

/// The month as in "25 November" (Finnish: "marraskuuta"); `month` runs from 1 to 12.
pub fn month_name(i18n: I18nContext<Locale>, month: u32) -> &'static str {
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
