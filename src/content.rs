//! The content packs (islands, exercises, tips), compiled into the app so it works offline from
//! the first visit. Each pack is read once, when its language is first shown.

use std::sync::OnceLock;

use stc_core::Language;
use stc_core::journey::Pack;

static NL: OnceLock<Pack> = OnceLock::new();
static EN: OnceLock<Pack> = OnceLock::new();

/// The pack for the language shown. There is no Finnish pack yet: Finnish shows the English one.
pub fn pack(language: Language) -> &'static Pack {
    match language {
        Language::Nl => NL.get_or_init(|| read(include_str!("../content/nl.json"))),
        Language::En | Language::Fi => EN.get_or_init(|| read(include_str!("../content/en.json"))),
    }
}

/// The packs are checked by `crates/core/tests/content_packs.rs`; one that does not parse is a
/// build that must not ship, so failing loudly here is right.
fn read(json: &str) -> Pack {
    Pack::from_json(json).expect("the content packs are valid (checked by the content tests)")
}
