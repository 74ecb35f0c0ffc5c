//! Small helpers for browser APIs that web-sys lacks or that may be missing on a phone (read a
//! property, call a method, feature-detected and never throwing): `stc_web::js`, which the
//! coach's app uses too.

pub use stc_web::js::*;
