//! The names of the avatar's parts in the language shown, the ids the forms carry, and the
//! avatar in words (its text alternative).

use stc_core::journey::{
    Accessory, Avatar, ClothingColour, HairColour, HairStyle, Presentation, SkinTone,
};
use stc_core::read_aloud::sentences;

use crate::i18n::*;

/// The id written in the form, for tests and for reading the page.
pub fn accessory_id(item: Accessory) -> &'static str {
    match item {
        Accessory::Glasses => "glasses",
        Accessory::Wheelchair => "wheelchair",
        Accessory::HearingAid => "hearing_aid",
        Accessory::WalkingStick => "walking_stick",
        Accessory::Cap => "cap",
        Accessory::Earrings => "earrings",
        Accessory::Beanie => "beanie",
        Accessory::Bracelet => "bracelet",
        Accessory::Sunglasses => "sunglasses",
        Accessory::Watch => "watch",
        Accessory::Backpack => "backpack",
        Accessory::Headphones => "headphones",
        Accessory::Lanyard => "lanyard",
    }
}

/// The name of an avatar item in the language shown.
pub fn accessory_name(i18n: leptos_i18n::I18nContext<Locale>, item: Accessory) -> &'static str {
    match item {
        Accessory::Glasses => t_string!(i18n, avatar.item.glasses),
        Accessory::Wheelchair => t_string!(i18n, avatar.item.wheelchair),
        Accessory::HearingAid => t_string!(i18n, avatar.item.hearing_aid),
        Accessory::WalkingStick => t_string!(i18n, avatar.item.walking_stick),
        Accessory::Cap => t_string!(i18n, avatar.item.cap),
        Accessory::Earrings => t_string!(i18n, avatar.item.earrings),
        Accessory::Beanie => t_string!(i18n, avatar.item.beanie),
        Accessory::Bracelet => t_string!(i18n, avatar.item.bracelet),
        Accessory::Sunglasses => t_string!(i18n, avatar.item.sunglasses),
        Accessory::Watch => t_string!(i18n, avatar.item.watch),
        Accessory::Backpack => t_string!(i18n, avatar.item.backpack),
        Accessory::Headphones => t_string!(i18n, avatar.item.headphones),
        Accessory::Lanyard => t_string!(i18n, avatar.item.lanyard),
    }
}

pub fn hair_style_name(i18n: leptos_i18n::I18nContext<Locale>, style: HairStyle) -> &'static str {
    match style {
        HairStyle::Short => t_string!(i18n, avatar.hair_style.short),
        HairStyle::Long => t_string!(i18n, avatar.hair_style.long),
        HairStyle::Curly => t_string!(i18n, avatar.hair_style.curly),
        HairStyle::Afro => t_string!(i18n, avatar.hair_style.afro),
        HairStyle::Braids => t_string!(i18n, avatar.hair_style.braids),
        HairStyle::Bun => t_string!(i18n, avatar.hair_style.bun),
        HairStyle::Ponytail => t_string!(i18n, avatar.hair_style.ponytail),
        HairStyle::Shaved => t_string!(i18n, avatar.hair_style.shaved),
        HairStyle::Hijab => t_string!(i18n, avatar.hair_style.hijab),
    }
}

pub fn hair_colour_name(
    i18n: leptos_i18n::I18nContext<Locale>,
    colour: HairColour,
) -> &'static str {
    match colour {
        HairColour::Black => t_string!(i18n, avatar.colour.black),
        HairColour::DarkBrown => t_string!(i18n, avatar.colour.dark_brown),
        HairColour::Brown => t_string!(i18n, avatar.colour.brown),
        HairColour::Blond => t_string!(i18n, avatar.colour.blond),
        HairColour::Red => t_string!(i18n, avatar.colour.ginger),
        HairColour::Grey => t_string!(i18n, avatar.colour.grey),
        HairColour::Blue => t_string!(i18n, avatar.colour.blue),
        HairColour::Pink => t_string!(i18n, avatar.colour.pink),
    }
}

pub fn clothing_colour_name(
    i18n: leptos_i18n::I18nContext<Locale>,
    colour: ClothingColour,
) -> &'static str {
    match colour {
        ClothingColour::Black => t_string!(i18n, avatar.colour.black),
        ClothingColour::White => t_string!(i18n, avatar.colour.white),
        ClothingColour::Grey => t_string!(i18n, avatar.colour.grey),
        ClothingColour::Navy => t_string!(i18n, avatar.colour.navy),
        ClothingColour::Blue => t_string!(i18n, avatar.colour.blue),
        ClothingColour::Teal => t_string!(i18n, avatar.colour.teal),
        ClothingColour::Green => t_string!(i18n, avatar.colour.green),
        ClothingColour::Yellow => t_string!(i18n, avatar.colour.yellow),
        ClothingColour::Orange => t_string!(i18n, avatar.colour.orange),
        ClothingColour::Red => t_string!(i18n, avatar.colour.red),
        ClothingColour::Pink => t_string!(i18n, avatar.colour.pink),
        ClothingColour::Purple => t_string!(i18n, avatar.colour.purple),
    }
}

pub fn presentation_name(
    i18n: leptos_i18n::I18nContext<Locale>,
    presentation: Presentation,
) -> &'static str {
    match presentation {
        Presentation::Boy => t_string!(i18n, avatar.boy),
        Presentation::Girl => t_string!(i18n, avatar.girl),
        Presentation::Neutral => t_string!(i18n, avatar.neutral),
    }
}

/// The avatar in words, for whoever cannot see the picture: "Jouw avatar: Meisje. Huidskleur 6.
/// Kapsel: Hoofddoek. …", then what it wears or uses.
pub fn avatar_description(i18n: leptos_i18n::I18nContext<Locale>, avatar: &Avatar) -> String {
    let skin = SkinTone::ALL
        .iter()
        .position(|tone| *tone == avatar.skin)
        .map_or(0, |at| at + 1);
    let mut parts = vec![
        format!("{}:", t_string!(i18n, avatar.title)),
        presentation_name(i18n, avatar.presentation).to_owned(),
        t_string!(i18n, avatar.skin_n).replace("{n}", &skin.to_string()),
        format!(
            "{}: {}",
            t_string!(i18n, avatar.hair),
            hair_style_name(i18n, avatar.hair)
        ),
        format!(
            "{}: {}",
            t_string!(i18n, avatar.hair_colour),
            hair_colour_name(i18n, avatar.hair_colour)
        ),
        format!(
            "{}: {}",
            t_string!(i18n, avatar.top_colour),
            clothing_colour_name(i18n, avatar.top_colour)
        ),
        format!(
            "{}: {}",
            t_string!(i18n, avatar.bottom_colour),
            clothing_colour_name(i18n, avatar.bottom_colour)
        ),
    ];
    parts.extend(
        avatar
            .accessories
            .iter()
            .map(|item| accessory_name(i18n, *item).to_owned()),
    );
    sentences(&parts)
}
