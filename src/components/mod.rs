//! Reusable views. The avatar, the islands' signs, the overview sheet and a shared summary are
//! shared with the coach's app (`stc-ui`), under the same paths here.

pub use stc_ui::{avatar, island_art, overview_sheet, shared_answers, summary};

pub mod app_update;
pub mod avatar_words;
pub mod evaluation;
pub mod help_card;
pub mod icons;
pub mod install_offer;
pub mod notice;
pub mod others;
pub mod overview_edit;
pub mod questions;
pub mod radio_tiles;
pub mod read_aloud;
pub mod reminder_banner;
pub mod reminder_words;
pub mod shell;
