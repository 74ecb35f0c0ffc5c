//! Reusable views.

pub mod icons;
pub mod notice;
pub mod radio_tiles;
pub mod reminder_banner;
pub mod reminder_words;
pub mod shell;
