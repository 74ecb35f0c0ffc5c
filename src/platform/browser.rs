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
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// Scrolls the page back to the top, e.g. when the next question shows.
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Moves the keyboard and screen-reader focus to the first element that matches `selector`,
/// once the screen has been drawn (the element may only just be coming). A heading or message
/// that cannot take focus is made focusable by script only (`tabindex="-1"`), so Tab does not
/// stop there. Nothing happens when there is no such element.
pub fn focus_soon(selector: impl Into<String>) {
    let selector = selector.into();
    use wasm_bindgen::JsCast;
    use wasm_bindgen::closure::Closure;
    let Some(window) = web_sys::window() else {
        return;
    };
    let focus = Closure::once_into_js(move || {
        let found = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.query_selector(&selector).ok().flatten())
            .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
        if let Some(element) = found {
            if !element.has_attribute("tabindex") {
                let _ = element.set_attribute("tabindex", "-1");
            }
            let _ = element.focus();
        }
    });
    let _ = window.request_animation_frame(focus.unchecked_ref());
}

/// Whether the youngster has tapped, clicked or typed on this page yet. Before that, a change
/// of screen is part of opening the app (a redirect), not something they did. Browsers
/// without the User Activation API count as having been used.
pub fn used_yet() -> bool {
    super::js::navigator()
        .and_then(|n| super::js::get(&n, "userActivation"))
        .and_then(|a| super::js::get(&a, "hasBeenActive"))
        .is_none_or(|active| active.is_truthy())
}

/// A new screen on the same route: from its top, the keyboard and screen-reader focus on
/// `selector` (its heading, say) once it is drawn.
pub fn show_from_top(selector: &str) {
    scroll_to_top();
    focus_soon(selector);
}
