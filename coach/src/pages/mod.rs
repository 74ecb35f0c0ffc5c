//! One file per route of the coach's app.

pub mod code;
pub mod device;
pub mod home;
pub mod not_found;
pub mod usage;
pub mod welcome;
pub mod youngster;
