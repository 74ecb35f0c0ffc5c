//! Every released schema version keeps a fixture here; each must load into the current state
//! without losing what the youngster saved.

use std::fs;
use std::path::Path;

use stc_core::journey::{Answer, IslandId, Pack, PersonId, StepOutcome, build_overview};
use stc_core::{AppState, Language, SCHEMA_VERSION, TextSize, Theme};

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

#[test]
fn every_fixture_from_schema_two_on_keeps_its_answers_avatar_and_reminder() {
    for (version, json) in fixtures().into_iter().filter(|(v, _)| *v >= 2) {
        let state = AppState::load(&json).unwrap_or_else(|e| panic!("schema {version}: {e}"));
        let journey = &state.journey;
        assert_eq!(
            journey.answers["wonen_nu"]["q_nu"],
            Answer::Scale { value: 4 },
            "schema {version}"
        );
        assert_eq!(journey.answers["wonen_nu"].len(), 3, "schema {version}");
        assert!(
            journey.answers["wonen_stap"].contains_key("q_kan"),
            "schema {version}"
        );
        assert!(
            journey.finished.contains_key("wonen_nu"),
            "schema {version}"
        );
        assert_eq!(journey.people[0].name, "Sam", "schema {version}");
        assert_eq!(journey.evaluations[&IslandId::Wonen], 6, "schema {version}");
        let nickname = journey.avatar.as_ref().and_then(|a| a.nickname.as_ref());
        assert_eq!(
            nickname.map(|n| n.as_str()),
            Some("Robin"),
            "schema {version}"
        );
        assert!(state.reminders.enabled, "schema {version}");
    }
}

#[test]
fn a_schema_one_document_gets_an_empty_journey_and_no_reminder() {
    let (_, json) = &fixtures()[0];
    let state = AppState::load(json).unwrap();
    assert_eq!(state.journey, Default::default());
    assert!(!state.reminders.enabled);
}

fn dutch_pack() -> Pack {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content/nl.json");
    Pack::from_json(&fs::read_to_string(path).unwrap()).unwrap()
}

/// Questions left the packs with schema 3; a finished exercise stays at its end, and the
/// current pack still shows every kept answer.
#[test]
fn every_fixture_from_schema_two_on_resumes_where_it_was_with_the_current_pack() {
    let pack = dutch_pack();
    for (version, json) in fixtures().into_iter().filter(|(v, _)| *v >= 2) {
        let journey = AppState::load(&json).unwrap().journey;
        let progress = journey.progress(&pack, "wonen_nu").unwrap();
        assert!(progress.at_end(), "schema {version}: {progress:?}");
        assert_eq!(progress.answered, 3, "schema {version}");
        let stap = journey.progress(&pack, "wonen_stap").unwrap();
        assert_eq!(stap.index, 0, "schema {version}");
        let overview = build_overview(&pack, &journey);
        let wonen = overview
            .islands
            .iter()
            .find(|i| i.island == IslandId::Wonen)
            .unwrap();
        assert_eq!(
            (wonen.now, wonen.wanted),
            (Some(4), Some(8)),
            "schema {version}"
        );
    }
}

#[test]
fn a_service_picked_without_a_name_is_a_helper_by_its_label() {
    let (_, json) = fixtures().into_iter().find(|(v, _)| *v == 3).unwrap();
    let journey = AppState::load(&json).unwrap().journey;
    let overview = build_overview(&dutch_pack(), &journey);
    let wonen = overview
        .islands
        .iter()
        .find(|i| i.island == IslandId::Wonen)
        .unwrap();
    let helpers: Vec<String> = wonen.helpers.iter().map(|h| h.label()).collect();
    assert_eq!(helpers, ["Sam (Vriend of vriendin)", "Jobcoach"]);
}

#[test]
fn a_schema_two_document_gets_no_check_ins_and_no_past_steps() {
    let (_, json) = &fixtures()[1];
    let state = AppState::load(json).unwrap();
    assert!(state.journey.check_ins.is_empty());
    assert!(state.journey.past_steps.is_empty());
}

#[test]
fn every_fixture_from_schema_three_on_keeps_its_check_ins_and_past_steps() {
    for (version, json) in fixtures().into_iter().filter(|(v, _)| *v >= 3) {
        let state = AppState::load(&json).unwrap_or_else(|e| panic!("schema {version}: {e}"));
        let check_ins = &state.journey.check_ins[&IslandId::Werk];
        assert_eq!(check_ins[0].now, Some(6), "schema {version}");
        let past = &state.journey.past_steps[0];
        assert_eq!(past.outcome, StepOutcome::Partly, "schema {version}");
        assert_eq!(
            past.reasons,
            ["someone_helped", "no_time"],
            "schema {version}"
        );
    }
}

#[test]
fn every_fixture_from_schema_three_on_keeps_its_shares_and_their_outbox() {
    use stc_core::share::{Action, Problem};
    for (version, json) in fixtures().into_iter().filter(|(v, _)| *v >= 3) {
        let state = AppState::load(&json).unwrap_or_else(|e| panic!("schema {version}: {e}"));
        let share = &state.sharing.shares[0];
        assert_eq!(share.coach.code, "ACDE-FG34", "schema {version}");
        assert_eq!(share.item_secret.len(), 43, "schema {version}");
        assert!(share.scope.answers, "schema {version}");
        assert_eq!(share.scope.islands.len(), 2, "schema {version}");
        assert_eq!(
            share.expires_on().map(|d| d.to_string()).as_deref(),
            Some("2027-05-22"),
            "schema {version}"
        );
        let outbox = share.outbox.as_ref().expect("a delete waits");
        assert_eq!(outbox.action, Action::Delete, "schema {version}");
        assert_eq!(outbox.problem, Some(Problem::Offline), "schema {version}");
    }
}

#[test]
fn every_fixture_from_schema_three_on_keeps_what_others_see_and_its_tick() {
    use stc_core::journey::{Pick, Via};
    for (version, json) in fixtures().into_iter().filter(|(v, _)| *v >= 3) {
        let state = AppState::load(&json).unwrap_or_else(|e| panic!("schema {version}: {e}"));
        let replies = &state.journey.replies;
        assert_eq!(replies.len(), 2, "schema {version}");
        assert_eq!(replies[0].words.from, "Oma", "schema {version}");
        assert_eq!(
            replies[0].words.strengths[1],
            Pick::Own("Lekker koken".into()),
            "schema {version}"
        );
        assert_eq!(replies[0].via, Via::ThisPhone, "schema {version}");
        assert_eq!(replies[0].kept, Some(true), "schema {version}");
        assert_eq!(replies[1].kept, None, "schema {version}");
        assert_eq!(state.journey.kept_replies().count(), 1, "schema {version}");
        assert!(state.sharing.shares[0].scope.others, "schema {version}");
        let invites = &state.invites;
        assert_eq!(
            invites.mailbox.as_ref().map(|m| m.code.as_str()),
            Some("HJKM-NP23"),
            "schema {version}"
        );
        let standing = &invites.standing[0];
        assert_eq!(standing.person, Some(PersonId(1)), "schema {version}");
        assert_eq!(standing.until.to_string(), "2026-12-08", "schema {version}");
    }
}

#[test]
fn a_schema_two_document_has_no_replies_and_shares_none() {
    for (version, json) in fixtures().into_iter().filter(|(v, _)| *v == 2) {
        let state = AppState::load(&json).unwrap_or_else(|e| panic!("schema {version}: {e}"));
        assert!(state.journey.replies.is_empty(), "schema {version}");
        assert!(state.invites.is_empty(), "schema {version}");
    }
}

#[test]
fn a_schema_two_document_shares_with_nobody() {
    let (_, json) = &fixtures()[1];
    let state = AppState::load(json).unwrap();
    assert!(state.sharing.is_empty());
    assert_eq!(state.journey.people[0].name, "Sam", "the journey is kept");
}

#[test]
fn every_fixture_from_schema_three_on_keeps_its_text_size_and_contrast() {
    for (version, json) in fixtures().into_iter().filter(|(v, _)| *v >= 3) {
        let state = AppState::load(&json).unwrap_or_else(|e| panic!("schema {version}: {e}"));
        assert_eq!(
            state.settings.text_size,
            TextSize::ExtraLarge,
            "schema {version}"
        );
        assert!(state.settings.high_contrast, "schema {version}");
    }
}

#[test]
fn a_schema_two_document_gets_normal_text_without_extra_contrast() {
    let (_, json) = &fixtures()[1];
    let state = AppState::load(json).unwrap();
    assert_eq!(state.settings.text_size, TextSize::Normal);
    assert!(!state.settings.high_contrast);
}
