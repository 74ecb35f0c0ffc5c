//! Checks a content pack: ids unique, references resolved, texts present, every island complete
//! (two core and two supporting exercises, the four steps, now and wanted), every exercise within
//! five minutes. The packs test runs this over every file in `content/`.

use std::collections::BTreeSet;

use super::content::{CoachStep, EXERCISE_BUDGET_SECONDS, ExerciseKind, Feed, IslandId, Pack};
use super::rules::check_exercise;
use super::texts::{help_line_texts, texts};

/// Each island needs at least this many core and this many supporting exercises.
pub const MIN_EXERCISES_PER_KIND: usize = 2;

/// Something wrong in a pack. `place` is a path such as `wonen/wonen_nu/q_waar/anders`.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Problem {
    #[error("the pack has no language tag")]
    NoLanguage,
    #[error("the help card has {0} lines; at least 2 are needed")]
    TooFewHelpLines(usize),
    #[error("help line {id:?}: {reason}")]
    BadHelpLine { id: String, reason: &'static str },
    #[error("{place}: the text is missing or empty")]
    MissingText { place: String },
    #[error("{place}: the id {id:?} is used more than once")]
    DuplicateId { place: String, id: String },
    #[error("island {0:?} is missing")]
    MissingIsland(IslandId),
    #[error("island {0:?} appears more than once")]
    DuplicateIsland(IslandId),
    #[error(
        "island {island:?} has {found} {kind:?} exercises, at least {MIN_EXERCISES_PER_KIND} are needed"
    )]
    TooFewExercises {
        island: IslandId,
        kind: ExerciseKind,
        found: usize,
    },
    #[error("island {island:?}: no exercise covers the step {step:?}")]
    StepNotCovered { island: IslandId, step: CoachStep },
    #[error("island {island:?}: no question feeds {feed:?} in the overview")]
    FeedNotCovered { island: IslandId, feed: Feed },
    #[error("{exercise}: it names the step {step:?} but has no question for it")]
    StepWithoutQuestion { exercise: String, step: CoachStep },
    #[error("{place}: {feed:?} belongs on the island {belongs:?} only")]
    FeedOffIsland {
        place: String,
        feed: Feed,
        belongs: IslandId,
    },
    #[error("{place}: a {input} question cannot feed {feed:?}")]
    FeedDoesNotFit {
        place: String,
        feed: Feed,
        input: &'static str,
    },
    #[error(
        "{exercise}: takes about {seconds} s, more than the {EXERCISE_BUDGET_SECONDS} s budget"
    )]
    TooLong { exercise: String, seconds: u32 },
    #[error("{place}: {reference:?} does not exist")]
    DanglingReference { place: String, reference: String },
    #[error("{place}: there is nothing to choose from")]
    NoChoices { place: String },
    #[error("{place}: there is no \"something else…\" choice")]
    NoSomethingElse { place: String },
    #[error("{place}: a people question suggests no relations")]
    NoSuggestedRelations { place: String },
    #[error("{place}: a maximum of {max} does not fit {choices} choices")]
    BadMaximum {
        place: String,
        max: usize,
        choices: usize,
    },
    #[error("there are {0} face names, 5 are needed")]
    WrongFaceCount(usize),
    #[error("{exercise}: it has no questions")]
    NoQuestions { exercise: String },
    #[error("{exercise}: it names no step")]
    NoSteps { exercise: String },
    #[error("{exercise}: it has no tip without a condition, so a discovery could be missing")]
    NoGeneralTip { exercise: String },
    #[error("{exercise}: {item} is always available and cannot be unlocked")]
    NotUnlockable { exercise: String, item: String },
    #[error("{place}: differs between the {first} and {second} packs ({detail})")]
    Differs {
        place: String,
        first: String,
        second: String,
        detail: String,
    },
}

/// Every problem in the pack; an empty list means the pack is good to ship.
pub fn validate(pack: &Pack) -> Vec<Problem> {
    let mut problems = Vec::new();
    if pack.language.trim().is_empty() {
        problems.push(Problem::NoLanguage);
    }
    for (place, text) in texts(pack).into_iter().chain(help_line_texts(pack)) {
        if text.trim().is_empty() {
            problems.push(Problem::MissingText { place });
        }
    }
    check_help_lines(pack, &mut problems);
    if pack.texts.faces.len() != 5 {
        problems.push(Problem::WrongFaceCount(pack.texts.faces.len()));
    }
    duplicates(
        "relations",
        pack.relations.iter().map(|r| r.id.as_str()),
        &mut problems,
    );
    duplicates(
        "exercises",
        pack.exercises().map(|(_, e)| e.id.as_str()),
        &mut problems,
    );
    let tips = pack
        .exercises()
        .flat_map(|(_, e)| e.tips.iter().map(|t| t.id.as_str()));
    duplicates("tips", tips, &mut problems);

    let mut seen = BTreeSet::new();
    for island in &pack.islands {
        if !seen.insert(island.id) {
            problems.push(Problem::DuplicateIsland(island.id));
        }
    }
    for id in IslandId::ALL {
        match pack.island(id) {
            None => problems.push(Problem::MissingIsland(id)),
            Some(island) => {
                for kind in [ExerciseKind::Core, ExerciseKind::Supporting] {
                    let found = island.exercises.iter().filter(|e| e.kind == kind).count();
                    if found < MIN_EXERCISES_PER_KIND {
                        problems.push(Problem::TooFewExercises {
                            island: id,
                            kind,
                            found,
                        });
                    }
                }
                let steps: BTreeSet<_> = island.exercises.iter().flat_map(|e| &e.steps).collect();
                for step in CoachStep::ALL.iter().filter(|s| !steps.contains(s)) {
                    problems.push(Problem::StepNotCovered {
                        island: id,
                        step: *step,
                    });
                }
                let feeds: BTreeSet<_> = island
                    .exercises
                    .iter()
                    .flat_map(|e| e.questions.iter().filter_map(|q| q.feeds))
                    .collect();
                let needed = Feed::ALL.into_iter().filter(|f| f.on_every_island());
                for feed in needed.filter(|f| !feeds.contains(f)) {
                    problems.push(Problem::FeedNotCovered { island: id, feed });
                }
            }
        }
    }
    for (island, exercise) in pack.exercises() {
        for question in &exercise.questions {
            let Some(feed) = question.feeds else { continue };
            if let Some(belongs) = feed.island().filter(|b| *b != island.id) {
                problems.push(Problem::FeedOffIsland {
                    place: format!("{}/{}/{}", island.id.as_str(), exercise.id, question.id),
                    feed,
                    belongs,
                });
            }
        }
        check_exercise(
            pack,
            &format!("{}/{}", island.id.as_str(), exercise.id),
            exercise,
            &mut problems,
        );
    }
    problems
}

pub(crate) fn duplicates<'a>(
    place: &str,
    ids: impl Iterator<Item = &'a str>,
    problems: &mut Vec<Problem>,
) {
    let mut seen = BTreeSet::new();
    for id in ids {
        if !seen.insert(id) {
            problems.push(Problem::DuplicateId {
                place: place.into(),
                id: id.into(),
            });
        }
    }
}

/// Every help line can be reached: a number to dial (digits, spaces, a leading `+`) or an
/// `https://` site, or both.
fn check_help_lines(pack: &Pack, problems: &mut Vec<Problem>) {
    let lines = &pack.help.lines;
    if lines.len() < 2 {
        problems.push(Problem::TooFewHelpLines(lines.len()));
    }
    duplicates("help lines", lines.iter().map(|l| l.id.as_str()), problems);
    for line in lines {
        let bad = |reason| Problem::BadHelpLine {
            id: line.id.clone(),
            reason,
        };
        if line.phone.is_none() && line.site.is_none() {
            problems.push(bad("it has neither a phone number nor a site"));
        }
        if let Some(phone) = &line.phone {
            let dialable = phone
                .chars()
                .enumerate()
                .all(|(i, c)| c.is_ascii_digit() || c == ' ' || (i == 0 && c == '+'));
            if !dialable || !phone.chars().any(|c| c.is_ascii_digit()) {
                problems.push(bad("the phone number has more than digits and spaces"));
            }
        }
        if let Some(site) = &line.site
            && !site.starts_with("https://")
        {
            problems.push(bad("the site does not start with https://"));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::{problems_after, question, valid_pack};
    use super::*;

    #[test]
    fn the_valid_test_pack_has_no_problems() {
        assert_eq!(validate(&valid_pack()), []);
    }

    #[test]
    fn every_help_line_can_be_reached_and_there_are_at_least_two() {
        let bad = |id: &str, reason| Problem::BadHelpLine {
            id: id.into(),
            reason,
        };
        let problems = problems_after(|p| {
            p.help.lines[0].phone = Some("bel 102".into());
            p.help.lines[0].site = Some("http://awel.be".into());
        });
        assert!(problems.contains(&bad(
            "awel",
            "the phone number has more than digits and spaces"
        )));
        assert!(problems.contains(&bad("awel", "the site does not start with https://")));
        let problems = problems_after(|p| {
            p.help.lines[1].phone = None;
            p.help.lines[1].site = None;
        });
        assert!(problems.contains(&bad("nood", "it has neither a phone number nor a site")));
        let problems = problems_after(|p| {
            p.help.lines.truncate(1);
        });
        assert!(problems.contains(&Problem::TooFewHelpLines(1)));
    }

    #[test]
    fn a_help_line_dials_its_digits_and_shows_its_site_short() {
        let mut line = valid_pack().help.lines[0].clone();
        line.phone = Some("09 2525 0111".into());
        line.site = Some("https://www.nuortennetti.fi/".into());
        assert_eq!(line.tel_uri().as_deref(), Some("tel:0925250111"));
        assert_eq!(line.site_label(), Some("nuortennetti.fi"));
        line.phone = Some("+32 2 123 45 67".into());
        assert_eq!(line.tel_uri().as_deref(), Some("tel:+3221234567"));
    }
    #[test]
    fn a_duplicate_exercise_id_is_found() {
        let problems = problems_after(|p| p.islands[1].exercises[0].id = "wonen_a".into());
        assert!(problems.contains(&Problem::DuplicateId {
            place: "exercises".into(),
            id: "wonen_a".into()
        }));
    }
    #[test]
    fn an_empty_text_is_found_with_its_place() {
        let problems = problems_after(|p| question(p, "q_waar").prompt = "  ".into());
        assert_eq!(
            problems,
            [Problem::MissingText {
                place: "wonen/wonen_a/q_waar/prompt".into()
            }]
        );
    }
    #[test]
    fn a_missing_island_is_found() {
        let problems = problems_after(|p| p.islands.retain(|i| i.id != IslandId::Gezondheid));
        assert_eq!(problems, [Problem::MissingIsland(IslandId::Gezondheid)]);
    }
    #[test]
    fn too_few_core_or_supporting_exercises_are_found() {
        let problems = problems_after(|p| p.islands[6].exercises.truncate(3));
        assert_eq!(
            problems,
            [Problem::TooFewExercises {
                island: IslandId::Werk,
                kind: ExerciseKind::Supporting,
                found: 1
            }]
        );
    }
    #[test]
    fn a_step_or_now_not_covered_on_an_island_is_found() {
        let problems = problems_after(|p| {
            for exercise in &mut p.islands[2].exercises {
                exercise.steps.retain(|s| *s != CoachStep::FirstStep);
                exercise.questions.retain(|q| q.feeds != Some(Feed::Now));
            }
        });
        assert!(problems.contains(&Problem::StepNotCovered {
            island: IslandId::Gezondheid,
            step: CoachStep::FirstStep
        }));
        assert!(problems.contains(&Problem::FeedNotCovered {
            island: IslandId::Gezondheid,
            feed: Feed::Now
        }));
    }
    #[test]
    fn spending_fed_into_the_money_block_off_the_money_island_is_found() {
        let problems = problems_after(|p| question(p, "q_waar").feeds = Some(Feed::Money));
        assert!(problems.contains(&Problem::FeedOffIsland {
            place: "wonen/wonen_a/q_waar".into(),
            feed: Feed::Money,
            belongs: IslandId::Financien
        }));
    }
    #[test]
    fn an_island_needs_no_likes_or_money_question() {
        let problems = problems_after(|p| {
            for island in &mut p.islands {
                for exercise in &mut island.exercises {
                    for q in &mut exercise.questions {
                        if matches!(q.feeds, Some(Feed::Likes | Feed::Money)) {
                            q.feeds = None;
                        }
                    }
                }
            }
        });
        assert_eq!(problems, []);
    }
}
