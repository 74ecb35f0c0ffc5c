//! The avatar as SVG markup: every layer from back to front, as one string for the inside of an
//! `<svg viewBox="0 0 120 160">`. Written here rather than as some sixty typed view nodes in the
//! app (11 KB of its wasm, measured with `cargo xtask bench`), and tested without a browser.
//! Every value in it comes from this file or the avatar's enums, so nothing needs escaping.

use super::avatar::{Accessory, Avatar, HairStyle, Presentation};

/// Dark lines: eyes, mouth, shoes, glasses.
const INK: &str = "#2a2522";
/// Metal and plastic: wheelchair, walking stick, headphones.
const GREY: &str = "#6b7079";

/// The inside of the avatar's `<svg viewBox="0 0 120 160">`.
pub fn avatar_svg(avatar: &Avatar) -> String {
    let skin = avatar.skin.hex();
    let hair = avatar.hair_colour.hex();
    let top = avatar.top_colour.hex();
    let bottom = avatar.bottom_colour.hex();
    let has = |item| avatar.accessories.contains(&item);
    let seated = has(Accessory::Wheelchair);
    let mut svg = String::with_capacity(2048);
    let mut add = |part: &str| svg.push_str(part);

    if seated {
        add(&format!(
            r#"<rect x="28" y="70" width="64" height="48" rx="6" fill="{GREY}"/>"#
        ));
    }
    if has(Accessory::Backpack) {
        add(r##"<rect x="30" y="74" width="60" height="34" rx="8" fill="#5b4636"/>"##);
    }
    add(&hair_back(avatar.hair, hair, bottom));
    add(&legs(avatar.presentation, seated, skin, bottom));
    add(&format!(
        r#"<path d="{}" fill="{top}"/><path d="M36 76 L26 110 L33 112 L42 84 Z" fill="{top}"/><path d="M84 76 L94 110 L87 112 L78 84 Z" fill="{top}"/><circle cx="29" cy="114" r="5.5" fill="{skin}"/><circle cx="91" cy="114" r="5.5" fill="{skin}"/>"#,
        torso(avatar.presentation)
    ));
    if has(Accessory::Bracelet) {
        add(r##"<rect x="24" y="106" width="11" height="3.5" rx="1.5" fill="#e0a526"/>"##);
    }
    if has(Accessory::Watch) {
        add(&format!(
            r#"<rect x="85" y="105" width="12" height="5" rx="2" fill="{INK}"/>"#
        ));
    }
    if has(Accessory::Backpack) {
        add(
            r##"<path d="M44 70 L46 104 M76 70 L74 104" stroke="#5b4636" stroke-width="4" fill="none"/>"##,
        );
    }
    if has(Accessory::Lanyard) {
        add(&format!(
            r##"<path d="M52 66 L60 88 L68 66" stroke="#d13b3b" stroke-width="2.5" fill="none"/><rect x="54" y="88" width="12" height="15" rx="2" fill="#f4f4f4" stroke="{GREY}"/>"##
        ));
    }
    add(&format!(
        r#"<rect x="54" y="56" width="12" height="12" fill="{skin}"/><circle cx="40" cy="45" r="5" fill="{skin}"/><circle cx="80" cy="45" r="5" fill="{skin}"/>"#
    ));
    if has(Accessory::HearingAid) {
        add(
            r##"<path d="M83 38 Q90 44 83 52" stroke="#c9a27c" stroke-width="4" fill="none" stroke-linecap="round"/>"##,
        );
    }
    if has(Accessory::Earrings) {
        add(
            r##"<circle cx="39" cy="52" r="2.2" fill="#e0a526"/><circle cx="81" cy="52" r="2.2" fill="#e0a526"/>"##,
        );
    }
    add(&head(avatar.hair, skin));
    add(&face(has(Accessory::Sunglasses), has(Accessory::Glasses)));
    add(&hair_front(avatar.hair, hair));
    if has(Accessory::Beanie) {
        add(&format!(
            r#"<path d="M39 34 Q40 12 60 12 Q80 12 81 34 Z" fill="{bottom}"/><rect x="37" y="30" width="46" height="8" rx="4" fill="{top}"/>"#
        ));
    }
    if has(Accessory::Cap) {
        add(&format!(
            r#"<path d="M40 32 Q41 14 60 14 Q79 14 80 32 Z" fill="{top}"/><path d="M58 30 Q76 26 90 32 L80 34 Z" fill="{top}"/>"#
        ));
    }
    if has(Accessory::Headphones) {
        add(&format!(
            r#"<path d="M38 44 Q38 14 60 14 Q82 14 82 44" stroke="{GREY}" stroke-width="4" fill="none"/><rect x="33" y="38" width="9" height="15" rx="4" fill="{INK}"/><rect x="78" y="38" width="9" height="15" rx="4" fill="{INK}"/>"#
        ));
    }
    if has(Accessory::WalkingStick) {
        add(
            r##"<path d="M96 156 L92 112 Q92 104 98 106" stroke="#7a4a22" stroke-width="3.5" fill="none" stroke-linecap="round"/>"##,
        );
    }
    if seated {
        add(&format!(
            r#"<g fill="none" stroke="{GREY}" stroke-width="4"><circle cx="22" cy="128" r="22"/><circle cx="98" cy="128" r="22"/></g><g fill="{INK}"><circle cx="22" cy="128" r="3"/><circle cx="98" cy="128" r="3"/></g><rect x="30" y="110" width="60" height="6" rx="3" fill="{GREY}"/>"#
        ));
    }
    svg
}

fn torso(presentation: Presentation) -> &'static str {
    match presentation {
        Presentation::Boy => "M34 74 Q60 64 86 74 L88 114 L32 114 Z",
        Presentation::Girl => "M38 74 Q60 66 82 74 L86 114 L34 114 Q40 94 38 74 Z",
        Presentation::Neutral => "M36 74 Q60 65 84 74 L87 114 L33 114 Z",
    }
}

/// Trousers, or a skirt for a girl standing; shorter legs when seated.
fn legs(presentation: Presentation, seated: bool, skin: &str, bottom: &str) -> String {
    if seated {
        format!(
            r#"<path d="M33 112 L87 112 L86 134 L63 134 L60 122 L57 134 L34 134 Z" fill="{bottom}"/><ellipse cx="45" cy="137" rx="9" ry="4" fill="{INK}"/><ellipse cx="75" cy="137" rx="9" ry="4" fill="{INK}"/>"#
        )
    } else if presentation == Presentation::Girl {
        format!(
            r#"<rect x="44" y="130" width="9" height="20" fill="{skin}"/><rect x="67" y="130" width="9" height="20" fill="{skin}"/><path d="M34 112 L86 112 L94 136 L26 136 Z" fill="{bottom}"/><ellipse cx="48" cy="152" rx="8" ry="4" fill="{INK}"/><ellipse cx="72" cy="152" rx="8" ry="4" fill="{INK}"/>"#
        )
    } else {
        format!(
            r#"<path d="M33 112 L87 112 L84 150 L64 150 L60 124 L56 150 L36 150 Z" fill="{bottom}"/><ellipse cx="46" cy="152" rx="10" ry="4" fill="{INK}"/><ellipse cx="74" cy="152" rx="10" ry="4" fill="{INK}"/>"#
        )
    }
}

/// Hair that falls behind the head and shoulders, or the drape of a hijab.
fn hair_back(style: HairStyle, hair: &str, hijab: &str) -> String {
    match style {
        HairStyle::Long => {
            format!(r#"<path d="M37 42 Q37 18 60 18 Q83 18 83 42 L86 82 L34 82 Z" fill="{hair}"/>"#)
        }
        HairStyle::Braids => format!(
            r#"<rect x="33" y="40" width="9" height="44" rx="4.5" fill="{hair}"/><rect x="78" y="40" width="9" height="44" rx="4.5" fill="{hair}"/>"#
        ),
        HairStyle::Ponytail => {
            format!(r#"<ellipse cx="84" cy="50" rx="8" ry="18" fill="{hair}"/>"#)
        }
        HairStyle::Afro => format!(r#"<circle cx="60" cy="38" r="31" fill="{hair}"/>"#),
        HairStyle::Curly => format!(
            r#"<g fill="{hair}"><circle cx="40" cy="32" r="11"/><circle cx="52" cy="22" r="12"/><circle cx="68" cy="22" r="12"/><circle cx="80" cy="32" r="11"/><circle cx="38" cy="48" r="9"/><circle cx="82" cy="48" r="9"/></g>"#
        ),
        HairStyle::Bun => format!(r#"<circle cx="60" cy="16" r="10" fill="{hair}"/>"#),
        HairStyle::Hijab => format!(
            r#"<path d="M34 46 Q34 14 60 14 Q86 14 86 46 L92 80 Q60 90 28 80 Z" fill="{hijab}"/>"#
        ),
        HairStyle::Short | HairStyle::Shaved => String::new(),
    }
}

/// The head; with a hijab only the face shows.
fn head(style: HairStyle, skin: &str) -> String {
    if style == HairStyle::Hijab {
        format!(r#"<ellipse cx="60" cy="44" rx="16" ry="18" fill="{skin}"/>"#)
    } else {
        format!(r#"<circle cx="60" cy="42" r="20" fill="{skin}"/>"#)
    }
}

/// Eyes (hidden behind sunglasses), the smile, and glasses.
fn face(sunglasses: bool, glasses: bool) -> String {
    let mut face = String::new();
    if !sunglasses {
        face.push_str(&format!(
            r#"<circle cx="52.5" cy="43" r="2.6" fill="{INK}"/><circle cx="67.5" cy="43" r="2.6" fill="{INK}"/>"#
        ));
    }
    face.push_str(&format!(
        r#"<path d="M52 51 Q60 57 68 51" stroke="{INK}" stroke-width="2.2" fill="none" stroke-linecap="round"/>"#
    ));
    if glasses {
        face.push_str(&format!(
            r#"<g fill="none" stroke="{INK}" stroke-width="1.8"><circle cx="52.5" cy="43" r="6"/><circle cx="67.5" cy="43" r="6"/><path d="M58.5 43 L61.5 43"/></g>"#
        ));
    }
    if sunglasses {
        face.push_str(&format!(
            r#"<g fill="{INK}"><rect x="45" y="38.5" width="13" height="9" rx="3"/><rect x="62" y="38.5" width="13" height="9" rx="3"/><rect x="57" y="41" width="6" height="2"/></g>"#
        ));
    }
    face
}

/// Hair over the forehead.
fn hair_front(style: HairStyle, hair: &str) -> String {
    match style {
        HairStyle::Hijab => String::new(),
        HairStyle::Shaved => format!(
            r#"<path d="M40 38 Q40 21 60 21 Q80 21 80 38 Q70 30 60 31 Q50 30 40 38 Z" fill="{hair}" opacity="0.45"/>"#
        ),
        HairStyle::Afro | HairStyle::Curly => format!(
            r#"<path d="M39 40 Q38 19 60 19 Q82 19 81 40 Q72 28 60 30 Q48 28 39 40 Z" fill="{hair}"/>"#
        ),
        _ => format!(
            r#"<path d="M39 40 Q39 19 60 19 Q81 19 81 40 Q76 30 64 30 Q52 29 39 40 Z" fill="{hair}"/>"#
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::avatar::{ClothingColour, HairColour, SkinTone};

    fn avatar(hair: HairStyle, accessories: &[Accessory]) -> Avatar {
        Avatar {
            presentation: Presentation::Girl,
            skin: SkinTone::Medium,
            hair,
            hair_colour: HairColour::DarkBrown,
            top_colour: ClothingColour::Purple,
            bottom_colour: ClothingColour::Blue,
            accessories: accessories.to_vec(),
            nickname: None,
        }
    }

    /// Every element is closed in place (`<… />`) or by its `</g>`: the markup is well formed.
    fn assert_well_formed(svg: &str) {
        let opened = svg.matches('<').count();
        let self_closed = svg.matches("/>").count();
        let groups = svg.matches("<g ").count();
        assert_eq!(svg.matches("</g>").count(), groups, "{svg}");
        assert_eq!(opened, self_closed + 2 * groups, "{svg}");
        assert!(!svg.contains("{"), "a value was not filled in: {svg}");
    }

    #[test]
    fn every_hair_style_and_accessory_gives_well_formed_markup() {
        for hair in HairStyle::ALL {
            assert_well_formed(&avatar_svg(&avatar(hair, &[])));
            assert_well_formed(&avatar_svg(&avatar(hair, &Accessory::ALL)));
        }
    }

    #[test]
    fn the_colours_chosen_are_the_colours_drawn() {
        let svg = avatar_svg(&avatar(HairStyle::Long, &[]));
        for colour in [
            SkinTone::Medium.hex(),
            HairColour::DarkBrown.hex(),
            ClothingColour::Purple.hex(),
            ClothingColour::Blue.hex(),
        ] {
            assert!(svg.contains(&format!("fill=\"{colour}\"")), "{colour}");
        }
    }

    #[test]
    fn a_hijab_shows_only_the_face_and_no_hair() {
        let svg = avatar_svg(&avatar(HairStyle::Hijab, &[]));
        assert!(svg.contains(r#"<ellipse cx="60" cy="44" rx="16" ry="18""#));
        assert!(!svg.contains(r#"<circle cx="60" cy="42" r="20""#));
        assert!(!svg.contains(&format!("fill=\"{}\"", HairColour::DarkBrown.hex())));
    }

    #[test]
    fn sunglasses_hide_the_eyes_and_glasses_do_not() {
        let eye = r#"<circle cx="52.5" cy="43" r="2.6""#;
        assert!(avatar_svg(&avatar(HairStyle::Short, &[Accessory::Glasses])).contains(eye));
        assert!(!avatar_svg(&avatar(HairStyle::Short, &[Accessory::Sunglasses])).contains(eye));
    }

    #[test]
    fn a_wheelchair_is_drawn_behind_and_in_front_with_shorter_legs() {
        let standing = avatar_svg(&avatar(HairStyle::Short, &[]));
        let seated = avatar_svg(&avatar(HairStyle::Short, &[Accessory::Wheelchair]));
        let wheel = r#"<circle cx="22" cy="128" r="22"/>"#;
        assert!(!standing.contains(wheel));
        assert!(seated.ends_with(&format!(
            r#"<rect x="30" y="110" width="60" height="6" rx="3" fill="{GREY}"/>"#
        )));
        assert!(seated.starts_with(&format!(
            r#"<rect x="28" y="70" width="64" height="48" rx="6" fill="{GREY}"/>"#
        )));
        assert!(seated.contains(wheel));
        assert!(seated.contains("L86 134"), "legs bent on the seat");
        assert!(!seated.contains("L94 136"), "no skirt hanging down");
    }
}
