//! How big a summary gets, against the largest sealed message (32 KiB): every question of every
//! pack answered with every choice, own words and a helper everywhere. As JSON the overview
//! fits, but with the answers themselves it does not (about 43 KB with every text at its
//! longest); deflated (`stc_core::share::message`, as it is sealed) everything fits with room
//! to spare.

use std::fs;
use std::path::Path;

use chrono::NaiveDate;
use stc_core::journey::MAX_TEXT_CHARS;
use stc_core::journey::Pack;
use stc_core::seal::MAX_MESSAGE_LEN;
use stc_core::share::example::{TYPICAL_OWN_WORDS, answer_everything, fullest_summary};
use stc_core::share::{pack_message, unpack_message};

fn packs() -> Vec<(String, Pack)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content");
    let mut packs: Vec<(String, Pack)> = fs::read_dir(&dir)
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let text = fs::read_to_string(&path).unwrap();
            (path.display().to_string(), Pack::from_json(&text).unwrap())
        })
        .collect();
    packs.sort_by(|a, b| a.0.cmp(&b.0));
    packs
}

fn today() -> NaiveDate {
    NaiveDate::from_ymd_opt(2026, 11, 23).unwrap()
}

fn assert_fits(name: &str, message: &[u8]) {
    assert!(
        message.len() <= MAX_MESSAGE_LEN,
        "{name}: {} bytes, {MAX_MESSAGE_LEN} fit",
        message.len()
    );
}

#[test]
fn the_overview_of_everything_at_its_longest_fits_one_sealed_message() {
    let packs = packs();
    assert_eq!(packs.len(), 3, "nl, en and fi");
    for (name, pack) in packs {
        let summary = fullest_summary(&pack, today(), MAX_TEXT_CHARS, false);
        assert_fits(&name, summary.to_json().as_bytes());
    }
}

#[test]
fn everything_with_its_answers_at_its_longest_fits_one_sealed_message_once_deflated() {
    for (name, pack) in packs() {
        let json = fullest_summary(&pack, today(), MAX_TEXT_CHARS, true).to_json();
        assert!(json.len() > MAX_MESSAGE_LEN, "{name}: why it is deflated");
        let message = pack_message(&json);
        assert_fits(&name, &message);
        assert!(
            message.len() * 4 < json.len(),
            "{name}: {} of {}",
            message.len(),
            json.len()
        );
        assert_eq!(unpack_message(&message).unwrap(), json, "{name}");
    }
}

#[test]
fn a_youngster_who_writes_a_sentence_or_two_everywhere_takes_a_small_bucket() {
    for (name, pack) in packs() {
        let json = fullest_summary(&pack, today(), TYPICAL_OWN_WORDS, true).to_json();
        let message = pack_message(&json);
        assert!(message.len() + 4 <= 8192, "{name}: {} bytes", message.len());
    }
}

#[test]
fn the_fullest_journey_answers_every_question_and_finishes_every_exercise() {
    for (name, pack) in packs() {
        let journey = answer_everything(&pack, today(), MAX_TEXT_CHARS);
        let questions: usize = pack.exercises().map(|(_, e)| e.questions.len()).sum();
        let answered: usize = journey.answers.values().map(|a| a.len()).sum();
        assert_eq!(answered, questions, "{name}");
        assert_eq!(journey.finished.len(), pack.exercises().count(), "{name}");
        let summary = fullest_summary(&pack, today(), MAX_TEXT_CHARS, true);
        assert_eq!(summary.overview.islands.len(), 7, "{name}");
        assert!(summary.islands.iter().all(|i| i.done), "{name}");
    }
}
