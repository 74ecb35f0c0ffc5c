//! The only code that touches browser APIs.

pub mod browser;
pub mod files;
pub mod install;
pub mod persistence;
pub mod service_worker;
pub mod storage;
