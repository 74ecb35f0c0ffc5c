//! `localStorage` as the key-value storage of `stc_core::storage`, where every rule about the
//! youngster's saved data lives (tested natively against a fake with two tabs). The same glue
//! serves the coach's app (`stc-web`).

pub use stc_web::BrowserStorage;
