//! Small browser facts and effects: the attributes on `<html>` the CSS follows (theme, contrast,
//! text size), the date, moving the focus; the clock, languages and printing from `stc_web`.

/// Sets or removes an attribute on `<html>` (`data-text-size`, `data-contrast`), which the CSS
/// turns into its custom properties.
pub fn set_root_attribute(name: &str, value: Option<&str>) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match value {
        Some(value) => root.set_attribute(name, value),
        None => root.remove_attribute(name),
    };
}

/// A readable line from a JavaScript exception, e.g. `QuotaExceededError: the quota has been
/// exceeded`; the clock; the preferred languages; the print dialog.
pub use stc_web::{describe, now_iso, now_millis, preferred_languages, print};

/// The phone's date today, in its own time zone.
pub use stc_web::today;

/// Moving to the top of a new screen and the focus to its heading or message.
pub use stc_web::{focus_soon, scroll_to_top, show_from_top};

/// Whether the youngster has tapped, clicked or typed on this page yet. Before that, a change
/// of screen is part of opening the app (a redirect), not something they did. Browsers
/// without the User Activation API count as having been used.
pub fn used_yet() -> bool {
    super::js::navigator()
        .and_then(|n| super::js::get(&n, "userActivation"))
        .and_then(|a| super::js::get(&a, "hasBeenActive"))
        .is_none_or(|active| active.is_truthy())
}
