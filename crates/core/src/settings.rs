//! The youngster's settings: language and colour theme, and what the app remembers about
//! working offline.

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

/// What the youngster chose in Settings. A language of `None` means "not chosen yet": the app
/// then follows the browser's language.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Settings {
    pub language: Option<Language>,
    pub theme: Theme,
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
}
