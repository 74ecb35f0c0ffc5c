//! The coach's link as a QR code, drawn from `stc_core::coach::qr` (always dark on white, in
//! either theme: scanners need the contrast).

use leptos::prelude::*;
use stc_core::coach::qr::qr_picture;

/// The QR code of `text`, labelled for screen readers.
#[component]
pub fn QrCode(text: String, #[prop(into)] label: Signal<String>) -> impl IntoView {
    let picture = qr_picture(&text).ok()?;
    let view_box = format!("0 0 {0} {0}", picture.size);
    Some(view! {
        <svg class="qr-code" viewBox=view_box role="img" aria-label=label focusable="false" shape-rendering="crispEdges">
            <rect width=picture.size height=picture.size fill="#ffffff" />
            <path d=picture.path fill="#000000" />
        </svg>
    })
}
