//! Every released schema version keeps a fixture here; each must load into the current state
//! without losing what the youngster saved.

use std::fs;
use std::path::Path;

use stc_core::{AppState, Language, SCHEMA_VERSION, Theme};

fn fixtures() -> Vec<(u32, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures");
    let mut found: Vec<(u32, String)> = fs::read_dir(&dir)
        .expect("the fixtures folder exists")
        .map(|entry| entry.unwrap().path())
        .filter_map(|path| {
            let name = path.file_stem()?.to_str()?.to_owned();
            let version = name.strip_prefix("schema-v")?.parse().ok()?;
            Some((version, fs::read_to_string(&path).unwrap()))
        })
        .collect();
    found.sort();
    found
}

#[test]
fn every_released_schema_version_has_a_fixture() {
    let versions: Vec<u32> = fixtures().iter().map(|(v, _)| *v).collect();
    assert_eq!(versions, (1..=SCHEMA_VERSION).collect::<Vec<_>>());
}

#[test]
fn every_fixture_migrates_to_the_current_state_keeping_its_settings() {
    for (version, json) in fixtures() {
        let state = AppState::load(&json).unwrap_or_else(|e| panic!("schema {version}: {e}"));
        assert_eq!(
            state.settings.language,
            Some(Language::En),
            "schema {version}"
        );
        assert_eq!(state.settings.theme, Theme::Dark, "schema {version}");
        assert!(state.welcomed, "schema {version}");
    }
}
