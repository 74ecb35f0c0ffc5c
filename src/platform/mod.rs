//! The only code that touches browser APIs.

pub mod browser;
pub mod files;
pub mod js;
pub mod notify;
pub mod reminder_plan;
pub mod storage;
