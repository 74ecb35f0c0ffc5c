//! The only code of the coach's app that touches browser APIs.

pub mod browser;
pub mod files;
pub mod storage;
