//! Small packs for the unit tests: one with every question type, and a complete valid one.

use super::content::{Exercise, ExerciseKind, IslandId, Pack, Question};
use super::validate::{Problem, validate};

const SAMPLE: &str = r#"{
  "language": "nl",
  "texts": {
    "faces": ["Heel slecht", "Niet zo goed", "Gaat wel", "Goed", "Heel goed"],
    "important": "Belangrijk voor mij",
    "not_now": "Nu niet"
  },
  "relations": [
    {"id": "ouder", "label": "Ouder", "example": "Mama, papa"},
    {"id": "vriend", "label": "Vriend of vriendin"},
    {"id": "clb", "label": "CLB", "example": "Het CLB van je school"},
    {"id": "jobcoach", "label": "Jobcoach"},
    {"id": "anders", "label": "Iemand anders", "other": true}
  ],
  "help": {
    "title": "Hulp nodig?",
    "intro": "Deze mensen luisteren.",
    "lines": [
      {"id": "awel", "name": "Awel", "what": "Voor jongeren.", "phone": "102", "site": "https://awel.be"},
      {"id": "nood", "name": "Noodnummer", "what": "Bij gevaar.", "phone": "112"}
    ]
  },
  "islands": [
    {
      "id": "wonen",
      "title": "Wonen",
      "description": "Waar je woont.",
      "exercises": [
        {
          "id": "wonen_nu",
          "kind": "core",
          "steps": ["who_am_i", "what_i_want", "what_works", "first_step"],
          "title": "Waar woon je nu?",
          "intro": "We kijken naar je plek.",
          "unlocks": "beanie",
          "questions": [
            {"id": "q_gevoel", "prompt": "Hoe voel je je thuis?", "input": {"type": "faces"}},
            {"id": "q_waar", "prompt": "Bij wie woon je nu?", "help": "Kies wat past.",
             "input": {"type": "single_choice", "choices": [
               {"id": "ouders", "label": "Bij mijn ouders", "example": "Of bij een van hen"},
               {"id": "alleen", "label": "Alleen"},
               {"id": "anders", "label": "Iets anders…", "other": true}]}},
            {"id": "q_leuk", "prompt": "Wat vind je fijn?", "feeds": "good_at",
             "input": {"type": "multiple_choice", "max": 2, "choices": [
               {"id": "rust", "label": "De rust", "example": "Niemand stoort me"},
               {"id": "buurt", "label": "De buurt"},
               {"id": "eigen_kamer", "label": "Mijn eigen kamer"},
               {"id": "anders", "label": "Iets anders…", "other": true}]}},
            {"id": "q_nu", "prompt": "Hoe gaat wonen nu?", "feeds": "now",
             "input": {"type": "scale", "min_label": "Slecht", "max_label": "Top"}},
            {"id": "q_belangrijk", "prompt": "Wat is belangrijk?", "feeds": "want",
             "input": {"type": "card_sort", "cards": [
               {"id": "koken", "label": "Leren koken"},
               {"id": "sparen", "label": "Sparen voor huur"},
               {"id": "eigen_plek", "label": "Een eigen plek"}]}},
            {"id": "q_wie", "prompt": "Wie helpt je?", "feeds": "helpers",
             "input": {"type": "people", "suggested_relations": ["ouder", "clb"]}},
            {"id": "q_stap", "prompt": "Wat is je eerste stap?", "feeds": "first_step",
             "input": {"type": "first_step", "suggestions": [
               {"id": "koken_leren", "label": "Eén gerecht leren koken"},
               {"id": "huur_opzoeken", "label": "Opzoeken wat huur kost"}]}},
            {"id": "q_droom", "prompt": "Hoe ziet je droomplek eruit?", "feeds": "want",
             "example": "Een huisje met een tuin", "input": {"type": "text", "examples": ["Dicht bij vrienden"]}}
          ],
          "tips": [
            {"id": "tip_koken", "text": "Koken leer je stap voor stap.",
             "when": {"question": "q_belangrijk", "choice": "koken"}},
            {"id": "tip_rust", "text": "Rust is belangrijk.",
             "when": {"question": "q_leuk", "choice": "rust"}},
            {"id": "tip_wonen", "text": "Elke plek kan een thuis worden."}
          ]
        },
        {
          "id": "wonen_extra",
          "kind": "supporting",
          "steps": ["what_i_want"],
          "title": "Later",
          "intro": "Waar wil je later wonen?",
          "questions": [
            {"id": "q_later", "prompt": "Waar wil je staan?", "feeds": "wanted",
             "input": {"type": "scale", "min_label": "Slecht", "max_label": "Top"}},
            {"id": "q_plek", "prompt": "Waar wil je later wonen?", "feeds": "want",
             "input": {"type": "single_choice", "choices": [
               {"id": "alleen", "label": "Alleen"},
               {"id": "samen", "label": "Samen met iemand"},
               {"id": "anders", "label": "Iets anders…", "other": true}]}}
          ],
          "tips": [{"id": "tip_later", "text": "Dromen mag."}]
        }
      ]
    },
    {
      "id": "werk",
      "title": "Werk",
      "description": "Wat je wil doen.",
      "exercises": [
        {
          "id": "werk_droom",
          "kind": "core",
          "steps": ["what_i_want", "what_works"],
          "title": "Jouw droomjob",
          "intro": "Waar word je blij van?",
          "questions": [
            {"id": "q_sector", "prompt": "Welk werk trekt je aan?", "feeds": "want",
             "input": {"type": "multiple_choice", "choices": [
               {"id": "zorg", "label": "Zorg en welzijn"},
               {"id": "ict", "label": "ICT"},
               {"id": "anders", "label": "Iets anders…", "other": true}]}},
            {"id": "q_stap", "prompt": "Wat is je eerste stap?", "feeds": "first_step",
             "input": {"type": "first_step", "suggestions": [
               {"id": "snuffel", "label": "Een dag meelopen"}]}}
          ],
          "tips": [{"id": "tip_werk", "text": "Je kan een job een dag proberen."}]
        }
      ]
    }
  ]
}"#;

/// A small pack with every question type; not complete enough to pass validation.
pub(crate) fn sample_pack() -> Pack {
    Pack::from_json(SAMPLE).expect("the sample pack reads")
}

/// A pack that passes validation: every island has two core and two supporting exercises,
/// made from the sample's `wonen` exercises with ids that stay unique.
pub(crate) fn valid_pack() -> Pack {
    let sample = sample_pack();
    let template = sample.island(IslandId::Wonen).unwrap().clone();
    let mut pack = sample.clone();
    pack.islands = IslandId::ALL
        .into_iter()
        .map(|id| {
            let mut island = template.clone();
            island.id = id;
            let full = &template.exercises[0];
            let small = &template.exercises[1];
            island.exercises = [
                (full, "a", ExerciseKind::Core),
                (small, "b", ExerciseKind::Core),
                (small, "c", ExerciseKind::Supporting),
                (small, "d", ExerciseKind::Supporting),
            ]
            .into_iter()
            .map(|(exercise, suffix, kind)| {
                let mut exercise = exercise.clone();
                exercise.id = format!("{}_{suffix}", id.as_str());
                exercise.kind = kind;
                if id != IslandId::Wonen || suffix != "a" {
                    exercise.unlocks = None;
                }
                for tip in &mut exercise.tips {
                    tip.id = format!("{}_{}", exercise.id, tip.id);
                }
                exercise
            })
            .collect();
            island
        })
        .collect();
    pack
}

/// The problems of the valid pack after one change.
pub(crate) fn problems_after(change: impl FnOnce(&mut Pack)) -> Vec<Problem> {
    let mut pack = valid_pack();
    change(&mut pack);
    validate(&pack)
}

pub(crate) fn first_exercise(pack: &mut Pack) -> &mut Exercise {
    &mut pack.islands[0].exercises[0]
}

/// A question of the first exercise (`wonen_a`) by id.
pub(crate) fn question<'a>(pack: &'a mut Pack, id: &str) -> &'a mut Question {
    first_exercise(pack)
        .questions
        .iter_mut()
        .find(|q| q.id == id)
        .unwrap()
}
