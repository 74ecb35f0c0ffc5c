//! Small browser facts and effects: preferred languages, the theme attribute.

/// `navigator.languages`, most preferred first.
pub fn preferred_languages() -> Vec<String> {
    let Some(window) = web_sys::window() else {
        return Vec::new();
    };
    window
        .navigator()
        .languages()
        .iter()
        .filter_map(|tag| tag.as_string())
        .collect()
}

/// Sets or removes `data-theme` on `<html>`; the CSS follows the system when it is absent.
pub fn apply_theme(attribute: Option<&str>) {
    let Some(root) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.document_element())
    else {
        return;
    };
    let _ = match attribute {
        Some(value) => root.set_attribute("data-theme", value),
        None => root.remove_attribute("data-theme"),
    };
}

/// The phone's clock as an ISO 8601 UTC timestamp, e.g. `2026-11-23T10:00:00.000Z`.
pub fn now_iso() -> String {
    js_sys::Date::new_0().to_iso_string().into()
}

/// Milliseconds since the epoch, for naming a set-aside copy.
pub fn now_millis() -> u64 {
    js_sys::Date::now() as u64
}

/// A readable line from a JavaScript exception, e.g. `QuotaExceededError: the quota has been exceeded`.
pub use stc_web::describe;

/// The phone's date today, in its own time zone.
pub fn today() -> chrono::NaiveDate {
    chrono::Local::now().date_naive()
}

/// Opens the browser's print dialog (where the youngster can also save a PDF).
pub fn print() {
    if let Some(window) = web_sys::window() {
        let _ = window.print();
    }
}

/// Scrolls the page back to the top, e.g. when the next question shows.
pub fn scroll_to_top() {
    if let Some(window) = web_sys::window() {
        window.scroll_to_with_x_and_y(0.0, 0.0);
    }
}

/// Moves the focus to the page's heading (made focusable for it), without scrolling: a screen
/// reader then reads the new step of a flow that stays on one route.
pub fn focus_heading() {
    let heading = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.query_selector("main h1").ok().flatten());
    if let Some(heading) = heading {
        let _ = heading.set_attribute("tabindex", "-1");
        if let Ok(heading) = wasm_bindgen::JsCast::dyn_into::<web_sys::HtmlElement>(heading) {
            let _ = heading.focus();
        }
    }
}
