//! One file per route (a route's big form may keep its parts in a file of its own).

pub mod ask;
pub mod avatar;
pub mod check_in;
pub mod exercise;
pub mod follow_up;
pub mod island;
pub mod map;
pub mod not_found;
pub mod overview;
pub mod reminder_form;
pub mod reminders;
pub mod settings;
pub mod share_away;
pub mod welcome;
