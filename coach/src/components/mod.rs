//! The coach's app's own views.

pub mod qr_code;
pub mod shell;
