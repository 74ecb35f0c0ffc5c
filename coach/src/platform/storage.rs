//! `localStorage` as the key-value storage of `stc_core::coach::store`, where the rules for the
//! coach's stored data live (tested natively). The same glue as the youngster's (`stc-web`).

pub use stc_web::BrowserStorage;
