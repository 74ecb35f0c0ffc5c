//! Start To Can's domain logic, free of any browser or UI code so that every rule here is tested
//! natively: the one versioned state document the phone keeps, its migrations and backups, the
//! settings, the journey (content, exercises, overview), the reminder rules, when to offer
//! installing the app, the sealing format of what is sent to a coach, the summary and outbox
//! of sharing with a coach, and the coach's side (identity, the list of shares, use of the
//! tool, moving to another device).

pub mod backup;
pub mod coach;
pub mod document;
pub mod invite;
pub mod journey;
pub mod offline;
pub mod read_aloud;
pub mod reminders;
pub mod seal;
pub mod settings;
pub mod share;
pub mod storage;

pub use document::{AppState, LoadError, SCHEMA_VERSION, StoredDocument};
pub use settings::{Language, Settings, TextSize, Theme};
