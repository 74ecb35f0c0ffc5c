//! The backup file a youngster can download and restore: the state document with a marker that
//! says what it is and when it was made. Restoring checks everything first and changes nothing
//! when the file is wrong, damaged or from a newer app.

use serde::{Deserialize, Serialize};
use serde_json::Value;

use crate::document::{AppState, LoadError, SCHEMA_VERSION, StoredDocument};

/// The value of `format` in every backup file.
pub const BACKUP_FORMAT: &str = "start-to-can-backup";

#[derive(Serialize, Deserialize)]
struct BackupFile {
    format: String,
    /// When the backup was made (ISO 8601, as the phone's clock said).
    created_at: String,
    schema_version: u32,
    state: Value,
}

/// Why a file cannot be restored. Nothing was changed.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
pub enum RestoreError {
    #[error("this file is not a Start To Can backup")]
    NotABackup,
    #[error("this backup is damaged: {0}")]
    Damaged(String),
    #[error("this backup comes from a newer version of the app (schema {found})")]
    FromNewerVersion { found: u32 },
}

/// The text of a backup file of `state`, made at `created_at`.
pub fn create(state: &AppState, created_at: &str) -> String {
    let file = BackupFile {
        format: BACKUP_FORMAT.to_owned(),
        created_at: created_at.to_owned(),
        schema_version: SCHEMA_VERSION,
        state: serde_json::to_value(state).expect("the state is plain data and always serialises"),
    };
    serde_json::to_string_pretty(&file).expect("a JSON value always serialises")
}

/// Reads a backup file of any released schema version into the current state.
pub fn restore(text: &str) -> Result<AppState, RestoreError> {
    let value: Value = serde_json::from_str(text.trim_start_matches('\u{feff}'))
        .map_err(|_| RestoreError::NotABackup)?;
    if value.get("format").and_then(Value::as_str) != Some(BACKUP_FORMAT) {
        return Err(RestoreError::NotABackup);
    }
    let file: BackupFile =
        serde_json::from_value(value).map_err(|e| RestoreError::Damaged(e.to_string()))?;
    let document = StoredDocument {
        schema_version: file.schema_version,
        state: file.state,
    };
    let json = serde_json::to_string(&document).expect("a JSON value always serialises");
    AppState::load(&json).map_err(|error| match error {
        LoadError::FromNewerVersion { found } => RestoreError::FromNewerVersion { found },
        other => RestoreError::Damaged(other.to_string()),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::settings::{Language, Settings, Theme};

    fn sample() -> AppState {
        let mut state = AppState {
            settings: Settings {
                language: Some(Language::En),
                theme: Theme::Dark,
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
    fn a_backup_restores_to_the_same_state() {
        let text = create(&sample(), "2026-11-23T10:00:00Z");
        assert_eq!(restore(&text), Ok(sample()));
    }

    #[test]
    fn a_backup_says_what_it_is_and_when_it_was_made() {
        let value: Value =
            serde_json::from_str(&create(&sample(), "2026-11-23T10:00:00Z")).unwrap();
        assert_eq!(value["format"], BACKUP_FORMAT);
        assert_eq!(value["created_at"], "2026-11-23T10:00:00Z");
        assert_eq!(value["schema_version"], SCHEMA_VERSION);
    }

    #[test]
    fn a_file_that_is_not_json_or_not_ours_is_not_a_backup() {
        for text in [
            "",
            "hello",
            "%PDF-1.7",
            "{}",
            r#"{"format":"other-app","state":{}}"#,
            "[1]",
        ] {
            assert_eq!(restore(text), Err(RestoreError::NotABackup), "{text:?}");
        }
    }

    #[test]
    fn the_stored_document_itself_is_not_a_backup() {
        assert_eq!(restore(&sample().to_json()), Err(RestoreError::NotABackup));
    }

    #[test]
    fn a_backup_with_a_broken_state_is_damaged() {
        let text = r#"{"format":"start-to-can-backup","created_at":"x","schema_version":1,"state":{"settings":{"theme":"purple"}}}"#;
        assert!(matches!(restore(text), Err(RestoreError::Damaged(_))));
        let missing = r#"{"format":"start-to-can-backup","state":{}}"#;
        assert!(matches!(restore(missing), Err(RestoreError::Damaged(_))));
    }

    #[test]
    fn a_backup_from_a_newer_app_is_refused_with_its_version() {
        let text =
            r#"{"format":"start-to-can-backup","created_at":"x","schema_version":42,"state":{}}"#;
        assert_eq!(
            restore(text),
            Err(RestoreError::FromNewerVersion { found: 42 })
        );
    }

    #[test]
    fn a_truncated_backup_is_refused() {
        let text = create(&sample(), "2026-11-23T10:00:00Z");
        assert!(restore(&text[..text.len() / 2]).is_err());
    }
}
