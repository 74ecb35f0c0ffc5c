//! Reusable views.

pub mod icons;
pub mod notice;
pub mod radio_tiles;
pub mod shell;
