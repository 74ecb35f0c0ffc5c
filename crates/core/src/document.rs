//! The one versioned document that holds everything the phone keeps, and the way an older
//! document is brought up to date.
//!
//! On disk (in `localStorage`) the document is `{"schema_version": N, "state": {...}}`. Every
//! released schema version keeps a fixture in `tests/fixtures/`, and a test migrates each of them
//! to the current version, so a youngster who updates the app never loses an answer.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::invite::Invites;
use crate::journey::Journey;
use crate::reminders::ReminderSettings;
use crate::settings::Settings;
use crate::share::Sharing;

/// The schema version this build writes.
#[cfg(not(feature = "next-schema-test-build"))]
pub const SCHEMA_VERSION: u32 = 3;

/// A test build that plays the next version of the app: one schema higher, the same data. The
/// end-to-end suite opens it next to the real build on one origin, to prove that an older tab
/// and a newer one lose nothing. Never shipped.
#[cfg(feature = "next-schema-test-build")]
pub const SCHEMA_VERSION: u32 = 4;

/// The `localStorage` key of the state document.
pub const STORAGE_KEY: &str = "start-to-can.state";

/// Data that could not be read is moved to a key with this prefix (plus a timestamp), never wiped.
pub const SET_ASIDE_KEY_PREFIX: &str = "start-to-can.unreadable.";

/// Everything the app keeps on the phone.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct AppState {
    pub settings: Settings,
    /// The youngster has seen the welcome screen and pressed "start".
    pub welcomed: bool,
    /// Answers, avatar, people, discoveries: everything of the islands.
    pub journey: Journey,
    /// The reminder the youngster set.
    pub reminders: ReminderSettings,
    /// The coaches the youngster shares with, and what waits in the outbox.
    pub sharing: Sharing,
    /// The youngster's own mailbox and the invitations with a link that stand.
    #[serde(skip_serializing_if = "Invites::is_empty")]
    pub invites: Invites,
}

/// The document as it is stored: the state with the schema version it was written in.
#[derive(Debug, Serialize, Deserialize)]
pub struct StoredDocument {
    pub schema_version: u32,
    pub state: Value,
}

/// Why a stored document could not be turned into the current state.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum LoadError {
    #[error("the saved data is not a Start To Can document: {0}")]
    Unreadable(String),
    #[error(
        "the saved data comes from a newer version of the app (schema {found}, this app knows up to {SCHEMA_VERSION})"
    )]
    FromNewerVersion { found: u32 },
    #[error("the saved data of schema {from} could not be brought up to date: {reason}")]
    MigrationFailed { from: u32, reason: String },
}

/// One step that turns a document of version `n` into one of version `n + 1`.
type Migration = fn(Value) -> Result<Value, String>;

/// `MIGRATIONS[i]` brings schema `i + 1` to schema `i + 2`. Append here when the schema changes,
/// bump [`SCHEMA_VERSION`], and add a fixture of the version being left behind.
const MIGRATIONS: [Migration; SCHEMA_VERSION as usize - 1] = [
    v1_to_v2,
    v2_to_v3,
    #[cfg(feature = "next-schema-test-build")]
    Ok,
];

/// Schema 2 adds the journey and the reminder. A schema-1 document has neither; the bump keeps an
/// older app (another tab, or the page before an update) from loading a newer document and
/// saving it back without them.
fn v1_to_v2(mut state: Value) -> Result<Value, String> {
    let object = state.as_object_mut().ok_or("the state is not an object")?;
    object
        .entry("journey")
        .or_insert_with(|| Value::Object(Default::default()));
    object
        .entry("reminders")
        .or_insert_with(|| Value::Object(Default::default()));
    Ok(state)
}

/// The questions that left the packs with schema 3, each with its place in its exercise then:
/// they asked a thing twice (a face before the 0-10 score, this week's energy before the
/// energy question of "Slapen en energie").
const LEFT_IN_SCHEMA_3: [(&str, &str, u64); 7] = [
    ("wonen_nu", "q_gevoel", 0),
    ("relaties_nu", "q_gevoel", 0),
    ("gezondheid_nu", "q_energie", 1),
    ("financien_nu", "q_gevoel", 0),
    ("leren_nu", "q_gevoel", 0),
    ("vrije_tijd_nu", "q_gevoel", 0),
    ("werk_droom", "q_gevoel", 0),
];

/// Schema 3: the answers to the questions that left go, and the place in those exercises moves
/// with the questions after them, so the youngster resumes on the question they were on (or
/// on the next one, if they were on the one that left). Schema 3 also holds growth over time
/// (check-ins, followed-up steps), the shares with a coach and their outbox, and the text size
/// and high contrast in the settings, which a schema-2 document has none of: they start empty,
/// and a schema-2 document reads as normal text in normal contrast. The bump keeps an older app from loading a newer
/// document and saving it back without them: the shares' item secrets would be lost, and with
/// them the way to delete the coach's copy.
fn v2_to_v3(mut state: Value) -> Result<Value, String> {
    if !state.get("settings").is_none_or(Value::is_object) {
        return Err("the settings are not an object".into());
    }
    let object = state.as_object_mut().ok_or("the state is not an object")?;
    object
        .entry("sharing")
        .or_insert_with(|| Value::Object(Default::default()));
    let Some(journey) = state.get_mut("journey").and_then(Value::as_object_mut) else {
        return Ok(state);
    };
    for (exercise, question, index) in LEFT_IN_SCHEMA_3 {
        if let Some(answers) = journey
            .get_mut("answers")
            .and_then(|a| a.get_mut(exercise))
            .and_then(Value::as_object_mut)
        {
            answers.remove(question);
        }
        if let Some(position) = journey
            .get_mut("positions")
            .and_then(|p| p.get_mut(exercise))
            && let Some(at) = position.as_u64()
            && at > index
        {
            *position = Value::from(at - 1);
        }
    }
    Ok(state)
}

impl AppState {
    /// Reads a stored document of any released schema version and brings it up to date.
    pub fn load(json: &str) -> Result<AppState, LoadError> {
        let document: StoredDocument =
            serde_json::from_str(json).map_err(|e| LoadError::Unreadable(e.to_string()))?;
        AppState::from_document(document)
    }

    /// Brings a parsed document of any released schema version up to date.
    pub fn from_document(document: StoredDocument) -> Result<AppState, LoadError> {
        let found = document.schema_version;
        if found == 0 {
            return Err(LoadError::Unreadable(
                "schema version 0 does not exist".into(),
            ));
        }
        if found > SCHEMA_VERSION {
            return Err(LoadError::FromNewerVersion { found });
        }
        let mut state = document.state;
        if !state.is_object() {
            return Err(LoadError::Unreadable("the state is not an object".into()));
        }
        for (index, migrate) in MIGRATIONS.iter().enumerate().skip(found as usize - 1) {
            state = migrate(state).map_err(|reason| LoadError::MigrationFailed {
                from: index as u32 + 1,
                reason,
            })?;
        }
        serde_json::from_value(state).map_err(|e| LoadError::Unreadable(e.to_string()))
    }

    /// The document to store: this state under the current schema version.
    pub fn to_json(&self) -> String {
        let document = StoredDocument {
            schema_version: SCHEMA_VERSION,
            state: serde_json::to_value(self)
                .expect("the state is plain data and always serialises"),
        };
        serde_json::to_string(&document).expect("a JSON value always serialises")
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::{Language, TextSize, Theme};
    use proptest::prelude::*;

    fn sample() -> AppState {
        let mut state = AppState {
            settings: Settings {
                language: Some(Language::Fi),
                theme: Theme::Dark,
                high_contrast: true,
                text_size: TextSize::Large,
                ..Settings::default()
            },
            welcomed: true,
            ..AppState::default()
        };
        state
            .journey
            .answers
            .entry("wonen_nu".into())
            .or_default()
            .insert("q_nu".into(), crate::journey::Answer::Scale { value: 6 });
        state
    }

    #[test]
    fn a_saved_state_loads_back_the_same() {
        assert_eq!(AppState::load(&sample().to_json()), Ok(sample()));
    }

    #[test]
    fn the_document_carries_the_current_schema_version() {
        let value: Value = serde_json::from_str(&sample().to_json()).unwrap();
        assert_eq!(value["schema_version"], SCHEMA_VERSION);
    }

    #[test]
    fn garbage_is_unreadable_not_a_panic() {
        for junk in [
            "",
            "{",
            "null",
            "42",
            "{\"state\":{}}",
            "[1,2]",
            "{\"schema_version\":\"1\",\"state\":{}}",
        ] {
            assert!(
                matches!(AppState::load(junk), Err(LoadError::Unreadable(_))),
                "{junk:?}"
            );
        }
    }

    #[test]
    fn schema_zero_is_unreadable() {
        let err = AppState::load(r#"{"schema_version":0,"state":{}}"#).unwrap_err();
        assert!(matches!(err, LoadError::Unreadable(_)));
    }

    #[test]
    fn a_document_from_a_newer_app_is_refused_with_its_version() {
        let err = AppState::load(r#"{"schema_version":99,"state":{}}"#).unwrap_err();
        assert_eq!(err, LoadError::FromNewerVersion { found: 99 });
    }

    #[test]
    fn a_state_of_the_wrong_shape_is_unreadable() {
        let json = r#"{"schema_version":1,"state":{"settings":{"theme":"purple"}}}"#;
        assert!(matches!(
            AppState::load(json),
            Err(LoadError::Unreadable(_))
        ));
    }

    #[test]
    fn missing_fields_take_their_defaults() {
        let state = AppState::load(r#"{"schema_version":1,"state":{}}"#).unwrap();
        assert_eq!(state, AppState::default());
    }

    /// A schema-2 journey in the middle of the work and health islands' first exercises.
    const MID_WAY_V2: &str = r#"{"schema_version":2,"state":{"journey":{
        "answers":{
            "werk_droom":{"q_gevoel":{"type":"faces","value":2},"q_nu":{"type":"scale","value":4}},
            "gezondheid_nu":{"q_gevoel":{"type":"faces","value":3},"q_energie":{"type":"single_choice","choice":"weinig"}},
            "wonen_nu":{"q_gevoel":{"type":"faces","value":1}}
        },
        "positions":{"werk_droom":2,"gezondheid_nu":1,"wonen_nu":0,"relaties_nu":5,"werk_stap":2}
    }}}"#;

    #[test]
    fn schema_three_drops_the_answers_to_questions_that_asked_a_thing_twice() {
        let journey = AppState::load(MID_WAY_V2).unwrap().journey;
        let kept: Vec<(&str, &str)> = journey
            .answers
            .iter()
            .flat_map(|(e, a)| a.keys().map(move |q| (e.as_str(), q.as_str())))
            .collect();
        assert_eq!(
            kept,
            [("gezondheid_nu", "q_gevoel"), ("werk_droom", "q_nu")]
        );
    }

    #[test]
    fn schema_three_keeps_the_youngster_on_the_same_question() {
        let positions = AppState::load(MID_WAY_V2).unwrap().journey.positions;
        // On the third question (q_later), which is now the second.
        assert_eq!(positions["werk_droom"], 1);
        // On this week's energy, which left: the next question (q_nu) took its place.
        assert_eq!(positions["gezondheid_nu"], 1);
        assert_eq!(positions["wonen_nu"], 0);
        // At the end of five, now the end of four.
        assert_eq!(positions["relaties_nu"], 4);
        // Exercises that lost nothing stay as they were.
        assert_eq!(positions["werk_stap"], 2);
    }

    fn any_language() -> impl Strategy<Value = Option<Language>> {
        prop_oneof![
            Just(None),
            Just(Some(Language::Nl)),
            Just(Some(Language::En)),
            Just(Some(Language::Fi))
        ]
    }

    fn any_theme() -> impl Strategy<Value = Theme> {
        prop_oneof![Just(Theme::System), Just(Theme::Light), Just(Theme::Dark)]
    }

    fn any_text_size() -> impl Strategy<Value = TextSize> {
        prop_oneof![
            Just(TextSize::Normal),
            Just(TextSize::Large),
            Just(TextSize::ExtraLarge)
        ]
    }

    #[test]
    fn a_schema_two_document_gets_normal_text_and_contrast() {
        let json = r#"{"schema_version":2,"state":{"settings":{"language":"fi","theme":"dark"}}}"#;
        let state = AppState::load(json).unwrap();
        assert_eq!(state.settings.language, Some(Language::Fi));
        assert_eq!(state.settings.text_size, TextSize::Normal);
        assert!(!state.settings.high_contrast);
    }

    #[test]
    fn a_schema_two_document_with_broken_settings_fails_its_migration() {
        let json = r#"{"schema_version":2,"state":{"settings":[1]}}"#;
        assert_eq!(
            AppState::load(json),
            Err(LoadError::MigrationFailed {
                from: 2,
                reason: "the settings are not an object".into()
            })
        );
    }

    proptest! {
        #[test]
        fn every_state_survives_a_round_trip(language in any_language(), theme in any_theme(), high_contrast: bool, text_size in any_text_size(), welcomed: bool) {
            let state = AppState { settings: Settings { language, theme, high_contrast, text_size, ..Settings::default() }, welcomed, ..AppState::default() };
            prop_assert_eq!(AppState::load(&state.to_json()), Ok(state));
        }

        #[test]
        fn loading_any_text_never_panics(text in ".{0,200}") {
            let _ = AppState::load(&text);
        }
    }
}
