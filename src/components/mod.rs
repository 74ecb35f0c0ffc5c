//! Reusable views.

pub mod app_update;
pub mod icons;
pub mod install_offer;
pub mod notice;
pub mod radio_tiles;
pub mod shell;
