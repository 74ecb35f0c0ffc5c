//! Every content pack in `content/` must be shippable: it reads, it validates, it has the same
//! structure as the Dutch pack, its sentences are short, and a youngster can walk through every
//! exercise to a full overview. Run with `--nocapture` to see each exercise's estimated time.

use std::fs;
use std::path::{Path, PathBuf};

use chrono::NaiveDate;
use stc_core::journey::texts::{MAX_WORDS_PER_SENTENCE, help_line_texts, long_sentences, texts};
use stc_core::journey::{
    Answer, EXERCISE_BUDGET_SECONDS, Feed, Input, IslandId, Journey, Pack, Question, StepWhat,
    build_overview, compare_packs, validate,
};

fn content_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../content")
}

/// Every `content/*.json` with the language tag its file name promises.
fn packs() -> Vec<(String, Pack)> {
    let mut packs: Vec<(String, Pack)> = fs::read_dir(content_dir())
        .expect("the content folder exists")
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "json"))
        .map(|path| {
            let tag = path.file_stem().unwrap().to_str().unwrap().to_owned();
            let json = fs::read_to_string(&path).unwrap();
            let pack = Pack::from_json(&json)
                .unwrap_or_else(|e| panic!("{} does not read: {e}", path.display()));
            (tag, pack)
        })
        .collect();
    packs.sort_by(|a, b| a.0.cmp(&b.0));
    packs
}

fn dutch() -> Pack {
    packs()
        .into_iter()
        .find(|(tag, _)| tag == "nl")
        .expect("content/nl.json exists")
        .1
}

#[test]
fn there_is_a_pack_for_every_language_of_the_app() {
    let tags: Vec<String> = packs().into_iter().map(|(tag, _)| tag).collect();
    assert_eq!(tags, ["en", "fi", "nl"]);
}

/// Services a youngster can turn to, by the country whose packs name them. The Dutch and the
/// English pack are for youngsters in Flanders; the Finnish one for youngsters in Finland
/// (services as in shared/CONTENT.md, "Who can help" and the checked help lines).
const FLEMISH_SERVICES: [&str; 9] = [
    "CLB",
    "JAC",
    "CAW",
    "OCMW",
    "Sociaal Huis",
    "VDAB",
    "GTB",
    "OverKop",
    "CGG",
];
const FINNISH_SERVICES: [&str; 4] = ["Ohjaamo", "Kela", "Työllisyyspalvelut", "Sekasin"];

/// Every text of a pack, ids left out.
fn all_words(pack: &Pack) -> String {
    texts(pack)
        .into_iter()
        .chain(help_line_texts(pack))
        .map(|(_, text)| text)
        .collect::<Vec<_>>()
        .join("\n")
}

/// `name` as a word of its own (not inside a longer word).
fn names(text: &str, name: &str) -> bool {
    text.match_indices(name).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + name.len()..].chars().next();
        !before.is_some_and(char::is_alphanumeric) && !after.is_some_and(char::is_alphanumeric)
    })
}

/// Help lines checked against public sources (shared/CONTENT.md, "Help lines", November 2026),
/// by the country whose packs show them: a number or site not in here is not shown.
const FLANDERS_LINES: [&str; 10] = [
    "102",
    "106",
    "1813",
    "1712",
    "112",
    "https://awel.be",
    "https://www.tele-onthaal.be",
    "https://www.zelfmoord1813.be",
    "https://1712.be",
    "https://www.jac.be",
];
const FINLAND_LINES: [&str; 7] = [
    "09 2525 0111",
    "116 111",
    "080 005 005",
    "112",
    "https://sekasin.fi",
    "https://www.nuortennetti.fi",
    "https://nuortenexit.fi",
];

#[test]
fn every_pack_shows_checked_help_lines_of_its_own_country() {
    for (tag, pack) in packs() {
        let checked: &[&str] = if tag == "fi" {
            &FINLAND_LINES
        } else {
            &FLANDERS_LINES
        };
        assert!(pack.help.lines.len() >= 3, "content/{tag}.json");
        for line in &pack.help.lines {
            for value in line.phone.iter().chain(line.site.iter()) {
                assert!(
                    checked.contains(&value.as_str()),
                    "content/{tag}.json: {} {value} is not a checked line",
                    line.id
                );
            }
        }
        // The emergency number is always there.
        assert!(
            pack.help
                .lines
                .iter()
                .any(|l| l.phone.as_deref() == Some("112")),
            "content/{tag}.json"
        );
    }
}

#[test]
fn a_place_without_a_fixed_home_calls_for_the_help_lines() {
    for (tag, pack) in packs() {
        let (_, exercise) = pack.exercise("wonen_nu").unwrap();
        let question = exercise
            .questions
            .iter()
            .find(|q| q.id == "q_waar")
            .unwrap();
        let answer = Answer::SingleChoice {
            choice: "geen_vaste".into(),
            other_text: None,
        };
        assert!(
            stc_core::journey::calls_for_help(question, &answer),
            "content/{tag}.json"
        );
    }
}

#[test]
fn every_pack_names_the_services_of_its_own_country_only() {
    for (tag, pack) in packs() {
        let words = all_words(&pack);
        let (own, foreign): (&[&str], &[&str]) = if tag == "fi" {
            (&FINNISH_SERVICES, &FLEMISH_SERVICES)
        } else {
            (&FLEMISH_SERVICES, &FINNISH_SERVICES)
        };
        for service in foreign {
            assert!(
                !names(&words, service),
                "content/{tag}.json names {service}"
            );
        }
        for service in own {
            assert!(names(&words, service), "content/{tag}.json lacks {service}");
        }
    }
}

#[test]
fn every_pack_says_its_own_language() {
    for (tag, pack) in packs() {
        assert_eq!(pack.language, tag, "content/{tag}.json");
    }
}

#[test]
fn every_pack_is_valid() {
    for (tag, pack) in packs() {
        let problems = validate(&pack);
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            problems.is_empty(),
            "content/{tag}.json:\n{}",
            list.join("\n")
        );
    }
}

#[test]
fn every_pack_has_the_structure_of_the_dutch_pack() {
    let dutch = dutch();
    for (tag, pack) in packs() {
        let problems = compare_packs(&dutch, &pack);
        let list: Vec<String> = problems.iter().map(ToString::to_string).collect();
        assert!(
            problems.is_empty(),
            "content/{tag}.json:\n{}",
            list.join("\n")
        );
    }
}

#[test]
fn sentences_are_short() {
    for (tag, pack) in packs() {
        let long = long_sentences(&pack, MAX_WORDS_PER_SENTENCE);
        let list: Vec<String> = long
            .iter()
            .map(|(place, s)| format!("{place}: {s}"))
            .collect();
        assert!(long.is_empty(), "content/{tag}.json:\n{}", list.join("\n"));
    }
}

#[test]
fn every_exercise_fits_in_five_minutes() {
    for (tag, pack) in packs() {
        println!("\ncontent/{tag}.json: estimated time per exercise");
        println!(
            "{:<12} {:<24} {:<11} {:>9} {:>7} {:>7}",
            "island", "exercise", "kind", "questions", "seconds", "minutes"
        );
        for (island, exercise) in pack.exercises() {
            let seconds = exercise.estimated_seconds();
            println!(
                "{:<12} {:<24} {:<11} {:>9} {:>7} {:>7}",
                island.id.as_str(),
                exercise.id,
                format!("{:?}", exercise.kind).to_lowercase(),
                exercise.questions.len(),
                seconds,
                exercise.estimated_minutes()
            );
            assert!(
                seconds <= EXERCISE_BUDGET_SECONDS,
                "{}: {seconds} s",
                exercise.id
            );
        }
    }
}

/// The ids of a question's choices, cards or suggestions, without "something else…".
fn plain_choices(question: &Question) -> Vec<String> {
    question
        .input
        .choices()
        .iter()
        .filter(|c| !c.other)
        .map(|c| c.id.clone())
        .collect()
}

/// A valid answer for any question, as a youngster tapping the first option would give.
fn first_answer(question: &Question, journey: &Journey) -> Answer {
    let first = |q: &Question| plain_choices(q).remove(0);
    match &question.input {
        Input::SingleChoice { .. } => Answer::SingleChoice {
            choice: first(question),
            other_text: None,
        },
        Input::MultipleChoice { .. } => Answer::MultipleChoice {
            choices: vec![first(question)],
            other_text: None,
        },
        Input::Faces => Answer::Faces { value: 4 },
        Input::Scale { .. } => Answer::Scale { value: 6 },
        Input::CardSort { .. } => Answer::CardSort {
            important: vec![first(question)],
            not_now: vec![],
        },
        Input::People { .. } => Answer::People {
            people: vec![journey.people[0].id],
        },
        Input::FirstStep { .. } => Answer::FirstStep {
            what: StepWhat::Suggestion(first(question)),
            with: vec![journey.people[0].id],
            by: NaiveDate::from_ymd_opt(2025, 4, 1),
        },
        Input::Text { .. } => Answer::Text {
            text: "Mijn eigen woorden".into(),
        },
    }
}

#[test]
fn a_youngster_can_walk_every_exercise_to_a_full_overview() {
    let today = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
    for (tag, pack) in packs() {
        let mut journey = Journey::default();
        let relation = pack.relations[0].id.clone();
        journey.add_person(&pack, "Sam", &relation).unwrap();
        for (_, exercise) in pack.exercises() {
            journey.open(&pack, &exercise.id, today).unwrap();
            for question in &exercise.questions {
                let answer = first_answer(question, &journey);
                journey
                    .answer(&pack, &exercise.id, &question.id, answer, today)
                    .unwrap();
                journey.next(&pack, &exercise.id).unwrap();
            }
            let discovery = journey.finish(&pack, &exercise.id, today).unwrap();
            assert!(
                discovery.tip.is_some(),
                "{tag}: {} gave no tip",
                exercise.id
            );
        }
        let overview = build_overview(&pack, &journey);
        for island in &overview.islands {
            let place = format!("{tag}: {:?}", island.island);
            assert!(!island.wants.is_empty(), "{place}: nothing I want");
            assert!(!island.good_at.is_empty(), "{place}: nothing I am good at");
            assert!(!island.helpers.is_empty(), "{place}: no helpers");
            assert!(island.first_step().is_some(), "{place}: no first step");
            assert!(
                island.now.is_some() && island.wanted.is_some(),
                "{place}: no now or wanted"
            );
            assert_eq!(island.done, island.total, "{place}");
        }
        assert_eq!(journey.continue_with(&pack), None);
        assert_eq!(
            overview.top_three.items.len(),
            3,
            "{tag}: three suggestions"
        );
    }
}

/// Every choice and card of every question picked, so each label lands where its question
/// says it feeds.
fn everything_picked(question: &Question, journey: &Journey) -> Answer {
    let all = plain_choices;
    match &question.input {
        Input::MultipleChoice { max: None, .. } => Answer::MultipleChoice {
            choices: all(question),
            other_text: None,
        },
        Input::CardSort { .. } => Answer::CardSort {
            important: all(question),
            not_now: vec![],
        },
        _ => first_answer(question, journey),
    }
}

/// What each answer feeds is decided per question in the pack. Spending categories feed the
/// money block, never "what I want"; preferences ("binnen", "rustig") feed "what suits me".
#[test]
fn spending_feeds_the_money_block_and_no_label_lands_in_a_part_its_question_does_not_feed() {
    let today = NaiveDate::from_ymd_opt(2025, 3, 10).unwrap();
    for (tag, pack) in packs() {
        let mut journey = Journey::default();
        journey
            .add_person(&pack, "Sam", &pack.relations[0].id)
            .unwrap();
        for (_, exercise) in pack.exercises() {
            for question in &exercise.questions {
                let answer = everything_picked(question, &journey);
                journey
                    .answer(&pack, &exercise.id, &question.id, answer, today)
                    .unwrap();
            }
        }
        let overview = build_overview(&pack, &journey);
        for (island, exercise) in pack.exercises() {
            let block = overview
                .islands
                .iter()
                .find(|i| i.island == island.id)
                .unwrap();
            for question in &exercise.questions {
                let place = format!("{tag}: {}/{}", exercise.id, question.id);
                let answer = &journey.answers[&exercise.id][&question.id];
                let picked = question
                    .input
                    .choices()
                    .iter()
                    .filter(|c| !c.other && answer.picked(&c.id));
                for choice in picked {
                    let in_wants = block.wants.iter().any(|w| {
                        w.key.exercise == exercise.id
                            && w.key.question == question.id
                            && w.key.choice.as_deref() == Some(&choice.id)
                    });
                    let in_money = block.money.contains(&choice.label);
                    match question.feeds {
                        Some(Feed::Want) => {
                            assert!(in_wants, "{place}: {} is a want", choice.label)
                        }
                        Some(Feed::Money) => {
                            assert!(in_money && !in_wants, "{place}: {} is money", choice.label)
                        }
                        _ => assert!(!in_wants, "{place}: {} is no want", choice.label),
                    }
                }
            }
        }
        let money = overview
            .islands
            .iter()
            .find(|i| i.island == IslandId::Financien)
            .unwrap();
        assert!(
            !money.money.is_empty(),
            "{tag}: the money block has the spending categories"
        );
        assert!(
            overview
                .islands
                .iter()
                .filter(|i| i.island != IslandId::Financien)
                .all(|i| i.money.is_empty()),
            "{tag}"
        );
    }
}

/// The ids of the relations that are a person close to the youngster; every other relation is
/// a service or a role ("VDAB", "jobcoach", "huisarts"), picked with one tap and no name.
const PERSONAL_RELATIONS: [&str; 6] = [
    "ouder",
    "familie",
    "vriend",
    "lief",
    "buur",
    "iemand_anders",
];

fn people_questions(pack: &Pack) -> Vec<(String, &[String])> {
    pack.exercises()
        .flat_map(|(_, exercise)| {
            exercise
                .questions
                .iter()
                .filter_map(move |q| match &q.input {
                    Input::People {
                        suggested_relations,
                    } => Some((
                        format!("{}/{}", exercise.id, q.id),
                        suggested_relations.as_slice(),
                    )),
                    _ => None,
                })
        })
        .collect()
}

#[test]
fn every_who_helps_question_offers_services_or_roles_as_tiles_that_say_what_they_are() {
    for (tag, pack) in packs() {
        let questions = people_questions(&pack);
        assert_eq!(questions.len(), 7, "{tag}: one on every island");
        for (place, suggested) in questions {
            assert!(
                suggested
                    .iter()
                    .any(|r| !PERSONAL_RELATIONS.contains(&r.as_str())),
                "{tag}: {place} offers no service or role"
            );
            for id in suggested {
                let relation = pack.relations.iter().find(|r| r.id == *id).unwrap();
                assert!(
                    relation.example.is_some(),
                    "{tag}: the tile {id} on {place} does not say what it is"
                );
            }
        }
        // Every relation says what it is, but "someone else", who is named.
        for relation in pack.relations.iter().filter(|r| !r.other) {
            assert!(relation.example.is_some(), "{tag}: {}", relation.id);
        }
    }
}

#[test]
fn a_service_is_picked_with_one_tap_and_a_person_needs_no_name() {
    for (tag, pack) in packs() {
        let mut journey = Journey::default();
        let picked = journey.tap_relation(&pack, &[], "jobcoach").unwrap();
        let picked = journey.tap_relation(&pack, &picked, "vdab").unwrap();
        assert_eq!(picked.len(), 2, "{tag}");
        let sister = journey.add_person(&pack, "", "familie").unwrap();
        assert!(journey.person(sister).unwrap().is_nameless(), "{tag}");
        assert!(
            journey.add_person(&pack, "", "iemand_anders").is_err(),
            "{tag}"
        );
    }
}

/// `(exercise, question, choices)` that a youngster in these situations expects to find.
const EXPECTED_CHOICES: [(&str, &str, &[&str]); 7] = [
    // Not in school or work (NEET) is a plain choice: looking for work, at home, caring for
    // someone, recovering, a day centre.
    (
        "leren_nu",
        "q_nu_doen",
        &["zoeken", "pauze", "zorgen", "herstel", "dagcentrum"],
    ),
    (
        "wonen_nu",
        "q_waar",
        &[
            "begeleid",
            "leefgroep",
            "internaat",
            "kamertraining",
            "opvang",
            "geen_vaste",
        ],
    ),
    ("wonen_droom", "q_plek", &["sociaal"]),
    ("wonen_nodig", "q_stap", &["sociale_woning", "waarborg"]),
    ("financien_hulp", "q_vragen", &["waarborg", "schulden"]),
    ("werk_droom", "q_sector", &["logistiek", "schoonmaak"]),
    ("werk_steun", "q_proberen", &["maatwerk"]),
];

#[test]
fn the_choices_these_youngsters_expect_are_in_every_pack() {
    for (tag, pack) in packs() {
        for (exercise, question, wanted) in EXPECTED_CHOICES {
            let (_, found) = pack.exercise(exercise).unwrap();
            let question = found.question(question).unwrap();
            for id in wanted {
                assert!(
                    question.choice(id).is_some(),
                    "{tag}: {exercise}/{} lacks {id}",
                    question.id
                );
            }
        }
        for id in ["psycholoog", "cgg", "collega", "jobcoach", "vdab", "gtb"] {
            assert!(
                pack.relations.iter().any(|r| r.id == id),
                "{tag}: no relation {id}"
            );
        }
        let (_, work) = pack.exercise("werk_stap").unwrap();
        assert!(
            matches!(&work.question("q_wie").unwrap().input,
                Input::People { suggested_relations } if suggested_relations.iter().any(|r| r == "collega")),
            "{tag}: a colleague or boss helps at work"
        );
        let (_, housing) = pack.exercise("wonen_nu").unwrap();
        let shelter = housing
            .question("q_waar")
            .unwrap()
            .choice("opvang")
            .unwrap();
        assert!(shelter.worry, "{tag}: a shelter shows the help lines");
    }
}

#[test]
fn the_dutch_scores_ask_for_points_out_of_ten() {
    for (_, exercise) in dutch().exercises() {
        for question in &exercise.questions {
            if matches!(question.input, Input::Scale { .. }) {
                assert!(
                    question.prompt.starts_with("Hoeveel punten op 10"),
                    "{}/{}: {}",
                    exercise.id,
                    question.id,
                    question.prompt
                );
            }
        }
    }
}

#[test]
fn a_score_has_no_default_value_so_it_starts_unanswered() {
    let scale = r#"{"id":"q","prompt":"p","input":{"type":"scale","min_label":"a","max_label":"b","default":0}}"#;
    assert!(serde_json::from_str::<Question>(scale).is_err());
}

/// The health island asks how you feel (a face) and how healthy you are (a score for your
/// sleep, food and moving): two different things.
const FACE_AND_SCORE: [IslandId; 1] = [IslandId::Gezondheid];

#[test]
fn no_island_asks_twice_how_it_goes_now() {
    for (tag, pack) in packs() {
        for island in &pack.islands {
            let measures: Vec<&str> = island
                .exercises
                .iter()
                .flat_map(|e| &e.questions)
                .filter(|q| matches!(q.input, Input::Faces) || q.feeds == Some(Feed::Now))
                .map(|q| q.id.as_str())
                .collect();
            let most = if FACE_AND_SCORE.contains(&island.id) {
                2
            } else {
                1
            };
            assert!(
                measures.len() <= most,
                "{tag}: {:?} asks {measures:?}",
                island.id
            );
        }
    }
    // Energy is asked once on the health island ("Slapen en energie").
    let dutch = dutch();
    let health = dutch.island(IslandId::Gezondheid).unwrap();
    let energy: Vec<&str> = health
        .exercises
        .iter()
        .flat_map(|e| &e.questions)
        .filter(|q| q.prompt.to_lowercase().contains("energie"))
        .map(|q| q.id.as_str())
        .collect();
    assert_eq!(energy, ["q_moment"]);
}

/// Words that do not fit 15- to 30-year-olds in Flanders, or that are not Flemish.
const NOT_THESE_WORDS: [&str; 8] = [
    "juf",
    "meester",
    "spaarpot",
    "knuffels",
    "knutselen",
    "telefoon",
    "koptelefoon",
    "hem",
];

#[test]
fn the_dutch_pack_uses_flemish_grown_up_words() {
    let words = all_words(&dutch()).to_lowercase();
    for word in NOT_THESE_WORDS {
        assert!(!names(&words, word), "nl names {word:?}");
    }
    // A generic "zijn eigen manier" for everyone.
    assert!(!words.contains("op zijn eigen"), "nl: op zijn eigen");
}

/// The Dutch UI says gsm and hoofdtelefoon, as the content does.
#[test]
fn the_dutch_ui_says_gsm_and_hoofdtelefoon() {
    let path = content_dir().join("../locales/nl.json");
    let ui = fs::read_to_string(path).unwrap().to_lowercase();
    for word in ["telefoon", "koptelefoon", "smartphone"] {
        assert!(!names(&ui, word), "locales/nl.json names {word:?}");
    }
    assert!(names(&ui, "gsm") && names(&ui, "hoofdtelefoon"));
}
