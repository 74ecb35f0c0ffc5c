//! The youngster's settings: language, colour theme, contrast and text size, and what the app
//! remembers about working offline.

use serde::{Deserialize, Serialize};

use crate::offline::OfflineNotes;

/// A language the app speaks. Dutch comes first: the tool was made in and for Flanders.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Language {
    #[default]
    Nl,
    En,
    Fi,
}

impl Language {
    pub const ALL: [Language; 3] = [Language::Nl, Language::En, Language::Fi];

    /// The BCP 47 tag used for `<html lang>` and the locale files.
    pub fn tag(self) -> &'static str {
        match self {
            Language::Nl => "nl",
            Language::En => "en",
            Language::Fi => "fi",
        }
    }

    /// The language's own name, shown in the language switch so that everyone finds theirs.
    pub fn endonym(self) -> &'static str {
        match self {
            Language::Nl => "Nederlands",
            Language::En => "English",
            Language::Fi => "Suomi",
        }
    }

    /// Reads a tag such as `nl-BE`, `EN_gb` or `fi`; only the primary subtag counts.
    pub fn from_tag(tag: &str) -> Option<Language> {
        let primary = tag.split(['-', '_']).next()?.trim().to_ascii_lowercase();
        Language::ALL.into_iter().find(|l| l.tag() == primary)
    }

    /// The first of the browser's preferred languages that the app speaks, else Dutch.
    pub fn from_browser<S: AsRef<str>>(preferred: &[S]) -> Language {
        preferred
            .iter()
            .find_map(|tag| Language::from_tag(tag.as_ref()))
            .unwrap_or_default()
    }
}

/// The colour scheme: follow the phone's setting, or always light or dark.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Theme {
    #[default]
    System,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::System, Theme::Light, Theme::Dark];

    /// The value of `data-theme` on `<html>`; `None` lets the CSS follow the system.
    pub fn data_attribute(self) -> Option<&'static str> {
        match self {
            Theme::System => None,
            Theme::Light => Some("light"),
            Theme::Dark => Some("dark"),
        }
    }
}

/// How big the app's text is, on top of the phone's own text size. The largest doubles it, so
/// the app is tested at 200% text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum TextSize {
    #[default]
    Normal,
    Large,
    ExtraLarge,
}

impl TextSize {
    pub const ALL: [TextSize; 3] = [TextSize::Normal, TextSize::Large, TextSize::ExtraLarge];

    pub fn is_normal(&self) -> bool {
        *self == TextSize::Normal
    }

    /// The value of `data-text-size` on `<html>`; `None` keeps the phone's own size.
    pub fn data_attribute(self) -> Option<&'static str> {
        match self {
            TextSize::Normal => None,
            TextSize::Large => Some("large"),
            TextSize::ExtraLarge => Some("extra-large"),
        }
    }
}

/// What the youngster chose in Settings. A language of `None` means "not chosen yet": the app
/// then follows the browser's language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub language: Option<Language>,
    pub theme: Theme,
    /// Stronger colours, thicker lines and a bolder focus ring, in light and in dark.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub high_contrast: bool,
    #[serde(skip_serializing_if = "TextSize::is_normal")]
    pub text_size: TextSize,
    /// First use, install offer turned down, storage asked to persist: see [`crate::offline`].
    #[serde(skip_serializing_if = "OfflineNotes::is_empty")]
    pub offline: OfflineNotes,
}

impl Settings {
    /// The language to show: the chosen one, else the browser's best match.
    pub fn effective_language<S: AsRef<str>>(&self, browser_languages: &[S]) -> Language {
        self.language
            .unwrap_or_else(|| Language::from_browser(browser_languages))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn flemish_browser_gets_dutch() {
        assert_eq!(Language::from_browser(&["nl-BE", "en"]), Language::Nl);
    }

    #[test]
    fn first_supported_browser_language_wins() {
        assert_eq!(
            Language::from_browser(&["de-DE", "fi-FI", "nl"]),
            Language::Fi
        );
        assert_eq!(Language::from_browser(&["EN_gb"]), Language::En);
    }

    #[test]
    fn unsupported_or_missing_browser_language_falls_back_to_dutch() {
        assert_eq!(Language::from_browser(&["fr-BE", "de"]), Language::Nl);
        assert_eq!(Language::from_browser::<&str>(&[]), Language::Nl);
        assert_eq!(Language::from_browser(&[""]), Language::Nl);
    }

    #[test]
    fn a_chosen_language_beats_the_browser() {
        let settings = Settings {
            language: Some(Language::En),
            ..Settings::default()
        };
        assert_eq!(settings.effective_language(&["fi"]), Language::En);
        assert_eq!(
            Settings::default().effective_language(&["fi"]),
            Language::Fi
        );
    }

    #[test]
    fn system_theme_sets_no_attribute() {
        assert_eq!(Theme::System.data_attribute(), None);
        assert_eq!(Theme::Dark.data_attribute(), Some("dark"));
        assert_eq!(Theme::Light.data_attribute(), Some("light"));
    }

    #[test]
    fn normal_text_sets_no_attribute_and_the_others_name_their_size() {
        assert_eq!(TextSize::Normal.data_attribute(), None);
        assert_eq!(TextSize::Large.data_attribute(), Some("large"));
        assert_eq!(TextSize::ExtraLarge.data_attribute(), Some("extra-large"));
    }

    #[test]
    fn settings_without_contrast_or_text_size_read_as_normal() {
        let settings: Settings = serde_json::from_str(r#"{"theme":"dark"}"#).unwrap();
        assert!(!settings.high_contrast);
        assert_eq!(settings.text_size, TextSize::Normal);
    }

    #[test]
    fn normal_text_and_contrast_are_not_written() {
        let json = serde_json::to_value(Settings::default()).unwrap();
        assert_eq!(
            json,
            serde_json::json!({"language": null, "theme": "system"})
        );
    }

    #[test]
    fn text_size_and_contrast_are_stored_by_name() {
        let settings = Settings {
            high_contrast: true,
            text_size: TextSize::ExtraLarge,
            ..Settings::default()
        };
        let json = serde_json::to_value(&settings).unwrap();
        assert_eq!(json["text_size"], "extra_large");
        assert_eq!(json["high_contrast"], true);
        assert_eq!(serde_json::from_value::<Settings>(json).unwrap(), settings);
    }
}
