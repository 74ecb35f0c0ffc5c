//! The only code that touches browser APIs.

pub mod browser;
pub mod files;
pub mod storage;
