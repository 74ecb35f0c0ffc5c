//! The avatar, drawn as inline SVG from its parts: body, clothes, hair (or a hijab), face and
//! what the avatar wears or uses. Decorative where a name stands next to it; otherwise labelled.

use leptos::prelude::*;
use stc_core::journey::{Accessory, Avatar, HairStyle, Presentation};

/// Dark lines: eyes, mouth, shoes, glasses.
const INK: &str = "#2a2522";
/// Metal and plastic: wheelchair, walking stick, headphones.
const GREY: &str = "#6b7079";

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
        >
            {move || parts(&avatar.get())}
        </svg>
    }
}

fn has(avatar: &Avatar, item: Accessory) -> bool {
    avatar.accessories.contains(&item)
}

/// Every layer, back to front.
fn parts(avatar: &Avatar) -> impl IntoView + use<> {
    let skin = avatar.skin.hex();
    let hair = avatar.hair_colour.hex();
    let top = avatar.top_colour.hex();
    let bottom = avatar.bottom_colour.hex();
    let seated = has(avatar, Accessory::Wheelchair);
    view! {
        {seated.then(wheelchair_back)}
        {has(avatar, Accessory::Backpack).then(|| view! {
            <rect x="30" y="74" width="60" height="34" rx="8" fill="#5b4636" />
        })}
        {hair_back(avatar.hair, hair, bottom)}
        {legs(avatar.presentation, seated, skin, bottom)}
        <path d=torso(avatar.presentation) fill=top />
        <path d="M36 76 L26 110 L33 112 L42 84 Z" fill=top />
        <path d="M84 76 L94 110 L87 112 L78 84 Z" fill=top />
        <circle cx="29" cy="114" r="5.5" fill=skin />
        <circle cx="91" cy="114" r="5.5" fill=skin />
        {has(avatar, Accessory::Bracelet).then(|| view! {
            <rect x="24" y="106" width="11" height="3.5" rx="1.5" fill="#e0a526" />
        })}
        {has(avatar, Accessory::Watch).then(|| view! {
            <rect x="85" y="105" width="12" height="5" rx="2" fill=INK />
        })}
        {has(avatar, Accessory::Backpack).then(|| view! {
            <path d="M44 70 L46 104 M76 70 L74 104" stroke="#5b4636" stroke-width="4" fill="none" />
        })}
        {has(avatar, Accessory::Lanyard).then(|| view! {
            <path d="M52 66 L60 88 L68 66" stroke="#d13b3b" stroke-width="2.5" fill="none" />
            <rect x="54" y="88" width="12" height="15" rx="2" fill="#f4f4f4" stroke=GREY />
        })}
        <rect x="54" y="56" width="12" height="12" fill=skin />
        <circle cx="40" cy="45" r="5" fill=skin />
        <circle cx="80" cy="45" r="5" fill=skin />
        {has(avatar, Accessory::HearingAid).then(|| view! {
            <path d="M83 38 Q90 44 83 52" stroke="#c9a27c" stroke-width="4" fill="none" stroke-linecap="round" />
        })}
        {has(avatar, Accessory::Earrings).then(|| view! {
            <circle cx="39" cy="52" r="2.2" fill="#e0a526" />
            <circle cx="81" cy="52" r="2.2" fill="#e0a526" />
        })}
        {head(avatar.hair, skin)}
        {face(avatar)}
        {hair_front(avatar.hair, hair)}
        {has(avatar, Accessory::Beanie).then(|| view! {
            <path d="M39 34 Q40 12 60 12 Q80 12 81 34 Z" fill=bottom />
            <rect x="37" y="30" width="46" height="8" rx="4" fill=top />
        })}
        {has(avatar, Accessory::Cap).then(|| view! {
            <path d="M40 32 Q41 14 60 14 Q79 14 80 32 Z" fill=top />
            <path d="M58 30 Q76 26 90 32 L80 34 Z" fill=top />
        })}
        {has(avatar, Accessory::Headphones).then(|| view! {
            <path d="M38 44 Q38 14 60 14 Q82 14 82 44" stroke=GREY stroke-width="4" fill="none" />
            <rect x="33" y="38" width="9" height="15" rx="4" fill=INK />
            <rect x="78" y="38" width="9" height="15" rx="4" fill=INK />
        })}
        {has(avatar, Accessory::WalkingStick).then(|| view! {
            <path d="M96 156 L92 112 Q92 104 98 106" stroke="#7a4a22" stroke-width="3.5" fill="none" stroke-linecap="round" />
        })}
        {seated.then(wheelchair_front)}
    }
}

fn torso(presentation: Presentation) -> &'static str {
    match presentation {
        Presentation::Boy => "M34 74 Q60 64 86 74 L88 114 L32 114 Z",
        Presentation::Girl => "M38 74 Q60 66 82 74 L86 114 L34 114 Q40 94 38 74 Z",
        Presentation::Neutral => "M36 74 Q60 65 84 74 L87 114 L33 114 Z",
    }
}

/// Trousers, or a skirt for a girl standing; shorter legs when seated.
fn legs(
    presentation: Presentation,
    seated: bool,
    skin: &'static str,
    bottom: &'static str,
) -> AnyView {
    if seated {
        return view! {
            <path d="M33 112 L87 112 L86 134 L63 134 L60 122 L57 134 L34 134 Z" fill=bottom />
            <ellipse cx="45" cy="137" rx="9" ry="4" fill=INK />
            <ellipse cx="75" cy="137" rx="9" ry="4" fill=INK />
        }
        .into_any();
    }
    if presentation == Presentation::Girl {
        return view! {
            <rect x="44" y="130" width="9" height="20" fill=skin />
            <rect x="67" y="130" width="9" height="20" fill=skin />
            <path d="M34 112 L86 112 L94 136 L26 136 Z" fill=bottom />
            <ellipse cx="48" cy="152" rx="8" ry="4" fill=INK />
            <ellipse cx="72" cy="152" rx="8" ry="4" fill=INK />
        }
        .into_any();
    }
    view! {
        <path d="M33 112 L87 112 L84 150 L64 150 L60 124 L56 150 L36 150 Z" fill=bottom />
        <ellipse cx="46" cy="152" rx="10" ry="4" fill=INK />
        <ellipse cx="74" cy="152" rx="10" ry="4" fill=INK />
    }
    .into_any()
}

fn wheelchair_back() -> impl IntoView {
    view! {
        <rect x="28" y="70" width="64" height="48" rx="6" fill=GREY />
    }
}

fn wheelchair_front() -> impl IntoView {
    view! {
        <g fill="none" stroke=GREY stroke-width="4">
            <circle cx="22" cy="128" r="22" />
            <circle cx="98" cy="128" r="22" />
        </g>
        <g fill=INK>
            <circle cx="22" cy="128" r="3" />
            <circle cx="98" cy="128" r="3" />
        </g>
        <rect x="30" y="110" width="60" height="6" rx="3" fill=GREY />
    }
}

/// Hair that falls behind the head and shoulders, or the drape of a hijab.
fn hair_back(style: HairStyle, hair: &'static str, hijab: &'static str) -> AnyView {
    match style {
        HairStyle::Long => view! {
            <path d="M37 42 Q37 18 60 18 Q83 18 83 42 L86 82 L34 82 Z" fill=hair />
        }
        .into_any(),
        HairStyle::Braids => view! {
            <rect x="33" y="40" width="9" height="44" rx="4.5" fill=hair />
            <rect x="78" y="40" width="9" height="44" rx="4.5" fill=hair />
        }
        .into_any(),
        HairStyle::Ponytail => view! {
            <ellipse cx="84" cy="50" rx="8" ry="18" fill=hair />
        }
        .into_any(),
        HairStyle::Afro => view! { <circle cx="60" cy="38" r="31" fill=hair /> }.into_any(),
        HairStyle::Curly => view! {
            <g fill=hair>
                <circle cx="40" cy="32" r="11" />
                <circle cx="52" cy="22" r="12" />
                <circle cx="68" cy="22" r="12" />
                <circle cx="80" cy="32" r="11" />
                <circle cx="38" cy="48" r="9" />
                <circle cx="82" cy="48" r="9" />
            </g>
        }
        .into_any(),
        HairStyle::Bun => view! { <circle cx="60" cy="16" r="10" fill=hair /> }.into_any(),
        HairStyle::Hijab => view! {
            <path d="M34 46 Q34 14 60 14 Q86 14 86 46 L92 80 Q60 90 28 80 Z" fill=hijab />
        }
        .into_any(),
        HairStyle::Short | HairStyle::Shaved => ().into_any(),
    }
}

/// The head; with a hijab only the face shows.
fn head(style: HairStyle, skin: &'static str) -> AnyView {
    if style == HairStyle::Hijab {
        view! { <ellipse cx="60" cy="44" rx="16" ry="18" fill=skin /> }.into_any()
    } else {
        view! { <circle cx="60" cy="42" r="20" fill=skin /> }.into_any()
    }
}

fn face(avatar: &Avatar) -> impl IntoView + use<> {
    let sunglasses = has(avatar, Accessory::Sunglasses);
    view! {
        {(!sunglasses).then(|| view! {
            <circle cx="52.5" cy="43" r="2.6" fill=INK />
            <circle cx="67.5" cy="43" r="2.6" fill=INK />
        })}
        <path d="M52 51 Q60 57 68 51" stroke=INK stroke-width="2.2" fill="none" stroke-linecap="round" />
        {has(avatar, Accessory::Glasses).then(|| view! {
            <g fill="none" stroke=INK stroke-width="1.8">
                <circle cx="52.5" cy="43" r="6" />
                <circle cx="67.5" cy="43" r="6" />
                <path d="M58.5 43 L61.5 43" />
            </g>
        })}
        {sunglasses.then(|| view! {
            <g fill=INK>
                <rect x="45" y="38.5" width="13" height="9" rx="3" />
                <rect x="62" y="38.5" width="13" height="9" rx="3" />
                <rect x="57" y="41" width="6" height="2" />
            </g>
        })}
    }
}

/// Hair over the forehead.
fn hair_front(style: HairStyle, hair: &'static str) -> AnyView {
    match style {
        HairStyle::Hijab => ().into_any(),
        HairStyle::Shaved => view! {
            <path d="M40 38 Q40 21 60 21 Q80 21 80 38 Q70 30 60 31 Q50 30 40 38 Z" fill=hair opacity="0.45" />
        }
        .into_any(),
        HairStyle::Afro | HairStyle::Curly => view! {
            <path d="M39 40 Q38 19 60 19 Q82 19 81 40 Q72 28 60 30 Q48 28 39 40 Z" fill=hair />
        }
        .into_any(),
        _ => view! {
            <path d="M39 40 Q39 19 60 19 Q81 19 81 40 Q76 30 64 30 Q52 29 39 40 Z" fill=hair />
        }
        .into_any(),
    }
}
