//! One file per route.

pub mod avatar;
pub mod coach;
pub mod exercise;
pub mod island;
pub mod map;
pub mod not_found;
pub mod overview;
pub mod settings;
pub mod welcome;
