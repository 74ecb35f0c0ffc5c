//! What the reminder says: one of a few friendly presets, or the youngster's own short text.

use serde::{Deserialize, Serialize};

/// An own text can be at most this many characters: it has to fit a notification.
pub const OWN_TEXT_MAX_CHARS: usize = 80;

/// The reminder's words. Presets are ids: their texts live in the app's locale files, so a
/// reminder follows the language the youngster switches to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Message {
    Preset(MessagePreset),
    Own(OwnText),
}

impl Default for Message {
    fn default() -> Self {
        Message::Preset(MessagePreset::default())
    }
}

/// A ready-made reminder text, named by what it says.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum MessagePreset {
    /// "Time for Start To Can!"
    #[default]
    TimeToPlay,
    /// "Got five minutes? One exercise is enough."
    FiveMinutes,
    /// "How is your first step going?"
    FirstStep,
    /// "An island is waiting for you."
    NextIsland,
    /// "How are you doing? Have a look at your overview."
    CheckIn,
}

impl MessagePreset {
    pub const ALL: [MessagePreset; 5] = [
        MessagePreset::TimeToPlay,
        MessagePreset::FiveMinutes,
        MessagePreset::FirstStep,
        MessagePreset::NextIsland,
        MessagePreset::CheckIn,
    ];

    /// The stable id, as stored and as used in the locale key (e.g. `reminder_time_to_play`).
    pub fn id(self) -> &'static str {
        match self {
            MessagePreset::TimeToPlay => "time_to_play",
            MessagePreset::FiveMinutes => "five_minutes",
            MessagePreset::FirstStep => "first_step",
            MessagePreset::NextIsland => "next_island",
            MessagePreset::CheckIn => "check_in",
        }
    }

    pub fn from_id(id: &str) -> Option<MessagePreset> {
        MessagePreset::ALL
            .into_iter()
            .find(|preset| preset.id() == id)
    }
}

/// The youngster's own reminder text: trimmed, 1 to [`OWN_TEXT_MAX_CHARS`] characters, one line.
/// Holding one means it is valid.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "String", into = "String")]
pub struct OwnText(String);

/// Why an own reminder text cannot be used.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum MessageError {
    #[error("write a few words")]
    Empty,
    #[error("use at most {OWN_TEXT_MAX_CHARS} characters, not {chars}")]
    TooLong { chars: usize },
    #[error("use one line of ordinary characters")]
    ControlCharacter,
}

impl OwnText {
    pub fn parse(text: &str) -> Result<OwnText, MessageError> {
        let text = text.trim();
        let chars = text.chars().count();
        if chars == 0 {
            return Err(MessageError::Empty);
        }
        if chars > OWN_TEXT_MAX_CHARS {
            return Err(MessageError::TooLong { chars });
        }
        if text.chars().any(char::is_control) {
            return Err(MessageError::ControlCharacter);
        }
        Ok(OwnText(text.to_owned()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl TryFrom<String> for OwnText {
    type Error = MessageError;

    fn try_from(text: String) -> Result<Self, Self::Error> {
        OwnText::parse(&text)
    }
}

impl From<OwnText> for String {
    fn from(text: OwnText) -> Self {
        text.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_own_text_is_trimmed() {
        assert_eq!(
            OwnText::parse("  Hup, oefenen!  ").unwrap().as_str(),
            "Hup, oefenen!"
        );
    }

    #[test]
    fn an_empty_or_blank_own_text_is_rejected() {
        assert_eq!(OwnText::parse(""), Err(MessageError::Empty));
        assert_eq!(OwnText::parse(" \u{a0} "), Err(MessageError::Empty));
    }

    #[test]
    fn an_own_text_of_eighty_characters_fits_and_eighty_one_do_not() {
        let eighty = "é".repeat(80);
        assert!(
            OwnText::parse(&eighty).is_ok(),
            "characters count, not bytes"
        );
        assert_eq!(
            OwnText::parse(&"a".repeat(81)),
            Err(MessageError::TooLong { chars: 81 })
        );
    }

    #[test]
    fn an_own_text_with_a_line_break_or_control_character_is_rejected() {
        for text in ["twee\nregels", "tab\there", "bel\u{7}", "esc\u{1b}[31m"] {
            assert_eq!(
                OwnText::parse(text),
                Err(MessageError::ControlCharacter),
                "{text:?}"
            );
        }
    }

    #[test]
    fn an_invalid_own_text_is_not_read_from_storage() {
        assert!(serde_json::from_str::<Message>(r#"{"own":""}"#).is_err());
        let read: Message = serde_json::from_str(r#"{"own":"Kom op!"}"#).unwrap();
        assert_eq!(read, Message::Own(OwnText::parse("Kom op!").unwrap()));
    }

    #[test]
    fn preset_ids_are_stored_as_their_id_and_read_back() {
        for preset in MessagePreset::ALL {
            let json = serde_json::to_string(&Message::Preset(preset)).unwrap();
            assert_eq!(json, format!(r#"{{"preset":"{}"}}"#, preset.id()));
            assert_eq!(MessagePreset::from_id(preset.id()), Some(preset));
        }
        assert_eq!(MessagePreset::from_id("nope"), None);
    }
}
