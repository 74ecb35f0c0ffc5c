//! The avatar, drawn as inline SVG from its parts: body, clothes, hair (or a hijab), face and
//! what the avatar wears or uses. Decorative where a name stands next to it; otherwise labelled.
//! The drawing itself is one string made in `stc-core` (`avatar_svg`): as typed view nodes it
//! cost 11 KB of wasm.

use leptos::prelude::*;
use stc_core::journey::{Avatar, avatar_svg};

/// The avatar as a picture. `label` names it for screen readers; without one it is decorative.
#[component]
pub fn AvatarView(
    #[prop(into)] avatar: Signal<Avatar>,
    #[prop(optional, into)] label: Option<Signal<String>>,
    #[prop(optional)] class: &'static str,
) -> impl IntoView {
    let decorative = label.is_none();
    view! {
        <svg
            class=format!("avatar {class}")
            viewBox="0 0 120 160"
            role=(!decorative).then_some("img")
            aria-hidden=decorative.then_some("true")
            aria-label=move || label.map(|l| l.get())
            focusable="false"
            inner_html=move || avatar.with(avatar_svg)
        ></svg>
    }
}
