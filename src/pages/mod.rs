//! One file per route.

pub mod coach;
pub mod map;
pub mod not_found;
pub mod overview;
pub mod settings;
pub mod welcome;
