//! Reusable views.

pub mod app_update;
pub mod avatar;
pub mod avatar_words;
pub mod chart;
pub mod evaluation;
pub mod icons;
pub mod install_offer;
pub mod island_art;
pub mod notice;
pub mod overview_edit;
pub mod overview_sheet;
pub mod questions;
pub mod radio_tiles;
pub mod reminder_banner;
pub mod reminder_words;
pub mod shell;
