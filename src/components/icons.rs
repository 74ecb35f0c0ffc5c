//! Inline SVG icons (no icon font, no request). Decorative: the text next to them names them.

use leptos::prelude::*;

/// Which icon to draw.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Icon {
    Map,
    Overview,
    Settings,
    Close,
    Lock,
    Bell,
    Calendar,
    Speaker,
    Stop,
    Phone,
    Star,
}

/// An icon at the current text colour, hidden from screen readers.
#[component]
pub fn IconView(icon: Icon) -> impl IntoView {
    let path = match icon {
        Icon::Map => "M9 4 3 6v14l6-2 6 2 6-2V4l-6 2-6-2Zm0 2.2 6 2v11.6l-6-2V6.2Z",
        Icon::Overview => "M5 4h14v16H5V4Zm3 4v2h8V8H8Zm0 4v2h8v-2H8Zm0 4v2h5v-2H8Z",
        Icon::Settings => {
            "M12 8.5a3.5 3.5 0 1 0 0 7 3.5 3.5 0 0 0 0-7Zm8.4 5.1-1.9-.4a6.7 6.7 0 0 1-.7 1.7l1.1 1.6-1.9 1.9-1.6-1.1a6.7 6.7 0 0 1-1.7.7l-.4 1.9h-2.6l-.4-1.9a6.7 6.7 0 0 1-1.7-.7l-1.6 1.1-1.9-1.9 1.1-1.6a6.7 6.7 0 0 1-.7-1.7l-1.9-.4v-2.6l1.9-.4c.2-.6.4-1.2.7-1.7L5.6 6.5l1.9-1.9 1.6 1.1c.5-.3 1.1-.5 1.7-.7l.4-1.9h2.6l.4 1.9c.6.2 1.2.4 1.7.7l1.6-1.1 1.9 1.9-1.1 1.6c.3.5.5 1.1.7 1.7l1.9.4v2.6Z"
        }
        Icon::Close => {
            "m6.4 5 5.6 5.6L17.6 5 19 6.4 13.4 12l5.6 5.6-1.4 1.4-5.6-5.6L6.4 19 5 17.6l5.6-5.6L5 6.4 6.4 5Z"
        }
        Icon::Lock => "M7 10V8a5 5 0 0 1 10 0v2h1v11H6V10h1Zm2 0h6V8a3 3 0 0 0-6 0v2Z",
        Icon::Bell => {
            "M12 3a6 6 0 0 0-6 6v4.2L4.3 16a1 1 0 0 0 .9 1.5h13.6a1 1 0 0 0 .9-1.5L18 13.2V9a6 6 0 0 0-6-6Zm-2.5 16a2.5 2.5 0 0 0 5 0h-5Z"
        }
        Icon::Calendar => {
            "M7 2h2v2h6V2h2v2h3v17H4V4h3V2Zm-1 8v9h12v-9H6Zm0-2h12V6H6v2Zm2 4h3v3H8v-3Z"
        }
        Icon::Speaker => {
            "M3 9h4l5-4v14l-5-4H3V9Zm13.5 3a4.5 4.5 0 0 0-2.5-4v8a4.5 4.5 0 0 0 2.5-4ZM14 3.2v2.1a7 7 0 0 1 0 13.4v2.1a9 9 0 0 0 0-17.6Z"
        }
        Icon::Stop => "M7 7h10v10H7V7Z",
        Icon::Phone => {
            "M7 2h10a2 2 0 0 1 2 2v16a2 2 0 0 1-2 2H7a2 2 0 0 1-2-2V4a2 2 0 0 1 2-2Zm0 3v13h10V5H7Z"
        }
        Icon::Star => "m12 2 3 6.5 7 .8-5.2 4.8 1.4 7L12 17.6 5.8 21l1.4-7L2 9.3l7-.8L12 2Z",
    };
    view! {
        <svg class="icon" viewBox="0 0 24 24" width="24" height="24" aria-hidden="true" focusable="false">
            <path fill="currentColor" d=path />
        </svg>
    }
}
