//! Handing the coach a file (a download) and reading the one they picked.

pub use stc_web::{download, read_chosen_text};
