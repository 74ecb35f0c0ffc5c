//! The only code that touches browser APIs.

pub mod browser;
pub mod content_files;
pub mod files;
pub mod install;
pub mod js;
pub mod mailbox;
pub mod notify;
pub mod persistence;
pub mod reminder_plan;
pub mod seal;
pub mod service_worker;
pub mod speech;
pub mod storage;
