//! The avatar as data: choices and colours. The app draws it as inline SVG.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

/// The longest nickname, in characters.
pub const MAX_NICKNAME_CHARS: usize = 24;

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Presentation {
    Boy,
    Girl,
    #[default]
    Neutral,
}

impl Presentation {
    pub const ALL: [Presentation; 3] =
        [Presentation::Boy, Presentation::Girl, Presentation::Neutral];
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SkinTone {
    Porcelain,
    Light,
    #[default]
    Medium,
    Olive,
    Brown,
    DarkBrown,
    Deep,
}

impl SkinTone {
    pub const ALL: [SkinTone; 7] = [
        SkinTone::Porcelain,
        SkinTone::Light,
        SkinTone::Medium,
        SkinTone::Olive,
        SkinTone::Brown,
        SkinTone::DarkBrown,
        SkinTone::Deep,
    ];

    pub fn hex(self) -> &'static str {
        match self {
            SkinTone::Porcelain => "#f6dcc8",
            SkinTone::Light => "#eac09e",
            SkinTone::Medium => "#d39b72",
            SkinTone::Olive => "#b9875a",
            SkinTone::Brown => "#8d5a3b",
            SkinTone::DarkBrown => "#6a3f27",
            SkinTone::Deep => "#45291a",
        }
    }
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HairStyle {
    #[default]
    Short,
    Long,
    Curly,
    Afro,
    Braids,
    Bun,
    Ponytail,
    Shaved,
    Hijab,
}

impl HairStyle {
    pub const ALL: [HairStyle; 9] = [
        HairStyle::Short,
        HairStyle::Long,
        HairStyle::Curly,
        HairStyle::Afro,
        HairStyle::Braids,
        HairStyle::Bun,
        HairStyle::Ponytail,
        HairStyle::Shaved,
        HairStyle::Hijab,
    ];
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum HairColour {
    Black,
    #[default]
    DarkBrown,
    Brown,
    Blond,
    Red,
    Grey,
    Blue,
    Pink,
}

impl HairColour {
    pub const ALL: [HairColour; 8] = [
        HairColour::Black,
        HairColour::DarkBrown,
        HairColour::Brown,
        HairColour::Blond,
        HairColour::Red,
        HairColour::Grey,
        HairColour::Blue,
        HairColour::Pink,
    ];

    pub fn hex(self) -> &'static str {
        match self {
            HairColour::Black => "#1f1a17",
            HairColour::DarkBrown => "#3b2618",
            HairColour::Brown => "#6b4226",
            HairColour::Blond => "#d8b56a",
            HairColour::Red => "#a7442a",
            HairColour::Grey => "#9a9a9a",
            HairColour::Blue => "#3d6fd1",
            HairColour::Pink => "#e07aa8",
        }
    }
}

/// A colour for the top, the trousers or skirt, and a hijab.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ClothingColour {
    Black,
    White,
    Grey,
    Navy,
    #[default]
    Blue,
    Teal,
    Green,
    Yellow,
    Orange,
    Red,
    Pink,
    Purple,
}

impl ClothingColour {
    pub const ALL: [ClothingColour; 12] = [
        ClothingColour::Black,
        ClothingColour::White,
        ClothingColour::Grey,
        ClothingColour::Navy,
        ClothingColour::Blue,
        ClothingColour::Teal,
        ClothingColour::Green,
        ClothingColour::Yellow,
        ClothingColour::Orange,
        ClothingColour::Red,
        ClothingColour::Pink,
        ClothingColour::Purple,
    ];

    pub fn hex(self) -> &'static str {
        match self {
            ClothingColour::Black => "#222222",
            ClothingColour::White => "#f4f4f4",
            ClothingColour::Grey => "#8a8f98",
            ClothingColour::Navy => "#1f3a68",
            ClothingColour::Blue => "#2f7de1",
            ClothingColour::Teal => "#1b998b",
            ClothingColour::Green => "#3a9d4a",
            ClothingColour::Yellow => "#f2c230",
            ClothingColour::Orange => "#ec7b2c",
            ClothingColour::Red => "#d13b3b",
            ClothingColour::Pink => "#e86fa5",
            ClothingColour::Purple => "#7a4cc2",
        }
    }
}

/// Things the avatar can wear or use. Aids (glasses, wheelchair, hearing aid, walking stick) are
/// part of who someone is and are always available; the fun extras are unlocked by discoveries.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Accessory {
    Glasses,
    Wheelchair,
    HearingAid,
    WalkingStick,
    Cap,
    Earrings,
    Beanie,
    Bracelet,
    Sunglasses,
    Watch,
    Backpack,
    Headphones,
    Lanyard,
}

impl Accessory {
    pub const ALL: [Accessory; 13] = [
        Accessory::Glasses,
        Accessory::Wheelchair,
        Accessory::HearingAid,
        Accessory::WalkingStick,
        Accessory::Cap,
        Accessory::Earrings,
        Accessory::Beanie,
        Accessory::Bracelet,
        Accessory::Sunglasses,
        Accessory::Watch,
        Accessory::Backpack,
        Accessory::Headphones,
        Accessory::Lanyard,
    ];

    /// Whether this item must first be unlocked by a discovery.
    pub fn is_unlockable(self) -> bool {
        !matches!(
            self,
            Accessory::Glasses
                | Accessory::Wheelchair
                | Accessory::HearingAid
                | Accessory::WalkingStick
                | Accessory::Cap
                | Accessory::Earrings
        )
    }
}

/// A nickname: trimmed, 1 to 24 characters. Once you hold one, it is valid.
#[derive(Clone, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct Nickname(String);

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum NicknameError {
    #[error("a nickname needs at least one character")]
    Empty,
    #[error("a nickname has at most {MAX_NICKNAME_CHARS} characters")]
    TooLong,
}

impl Nickname {
    pub fn parse(text: &str) -> Result<Nickname, NicknameError> {
        let text = text.trim();
        match text.chars().count() {
            0 => Err(NicknameError::Empty),
            n if n > MAX_NICKNAME_CHARS => Err(NicknameError::TooLong),
            _ => Ok(Nickname(text.to_owned())),
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for Nickname {
    type Error = NicknameError;
    fn try_from(text: String) -> Result<Self, Self::Error> {
        Nickname::parse(&text)
    }
}

impl From<Nickname> for String {
    fn from(nickname: Nickname) -> String {
        nickname.0
    }
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Avatar {
    pub presentation: Presentation,
    pub skin: SkinTone,
    pub hair: HairStyle,
    pub hair_colour: HairColour,
    pub top_colour: ClothingColour,
    pub bottom_colour: ClothingColour,
    pub accessories: Vec<Accessory>,
    /// Optional: without one the app says "jij".
    pub nickname: Option<Nickname>,
}

impl Avatar {
    /// The accessories worn that are locked for someone who unlocked only `unlocked`.
    pub fn locked_items<'a>(
        &'a self,
        unlocked: &'a BTreeSet<Accessory>,
    ) -> impl Iterator<Item = Accessory> + 'a {
        self.accessories
            .iter()
            .copied()
            .filter(|a| a.is_unlockable() && !unlocked.contains(a))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_nickname_is_trimmed() {
        assert_eq!(Nickname::parse("  Robin ").unwrap().as_str(), "Robin");
    }

    #[test]
    fn an_empty_nickname_is_rejected() {
        assert_eq!(Nickname::parse("   "), Err(NicknameError::Empty));
    }

    #[test]
    fn a_nickname_counts_characters_not_bytes() {
        assert!(Nickname::parse(&"é".repeat(24)).is_ok());
        assert_eq!(
            Nickname::parse(&"é".repeat(25)),
            Err(NicknameError::TooLong)
        );
    }

    #[test]
    fn a_stored_nickname_is_validated_on_reading() {
        assert!(serde_json::from_str::<Nickname>("\"Robin\"").is_ok());
        assert!(serde_json::from_str::<Nickname>("\"  \"").is_err());
    }

    #[test]
    fn aids_are_always_available_and_extras_are_unlocked() {
        for aid in [
            Accessory::Glasses,
            Accessory::Wheelchair,
            Accessory::HearingAid,
            Accessory::WalkingStick,
        ] {
            assert!(!aid.is_unlockable());
        }
        assert!(Accessory::Headphones.is_unlockable());
    }

    #[test]
    fn there_are_enough_choices_to_recognise_yourself() {
        assert!(SkinTone::ALL.len() >= 6);
        assert!(HairStyle::ALL.contains(&HairStyle::Hijab));
        assert!(HairStyle::ALL.contains(&HairStyle::Braids));
        assert!(HairStyle::ALL.contains(&HairStyle::Shaved));
    }

    #[test]
    fn every_colour_is_a_hex_value() {
        let hexes = SkinTone::ALL
            .map(SkinTone::hex)
            .into_iter()
            .chain(HairColour::ALL.map(HairColour::hex))
            .chain(ClothingColour::ALL.map(ClothingColour::hex));
        for hex in hexes {
            assert!(
                hex.len() == 7
                    && hex.starts_with('#')
                    && hex[1..].chars().all(|c| c.is_ascii_hexdigit()),
                "{hex}"
            );
        }
    }

    #[test]
    fn an_avatar_reads_from_an_empty_object() {
        assert_eq!(
            serde_json::from_str::<Avatar>("{}").unwrap(),
            Avatar::default()
        );
    }

    #[test]
    fn locked_items_are_the_worn_extras_not_yet_unlocked() {
        let avatar = Avatar {
            accessories: vec![
                Accessory::Wheelchair,
                Accessory::Headphones,
                Accessory::Beanie,
            ],
            ..Avatar::default()
        };
        let locked: Vec<_> = avatar
            .locked_items(&BTreeSet::from([Accessory::Beanie]))
            .collect();
        assert_eq!(locked, [Accessory::Headphones]);
    }
}
