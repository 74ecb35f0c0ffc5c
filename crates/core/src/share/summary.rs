//! The summary a youngster shares with a coach: a versioned JSON document built from the journey,
//! the pack and the chosen [`Scope`], sealed on the phone and opened only in the coach's app.
//!
//! ```json
//! {"format": 1, "made_at": "2026-11-23T10:00:00.000Z", "language": "nl",
//!  "nickname": "Robin", "avatar": {…}, "islands": [{"island": "wonen", "done": true}],
//!  "overview": {…}, "answers": [{"island": "wonen", "exercise": "…", "questions": […]}]}
//! ```
//!
//! Only what is in scope is in it: the islands left out are not in the overview, the islands
//! list or the answers, and nothing of them leads to the top three; the answers themselves are
//! there only when the youngster ticked them. The overview is [`build_overview`]'s, so the coach
//! sees it as the youngster's own overview shows it, every label in the pack's language.

use std::collections::BTreeSet;

use serde::{Deserialize, Serialize};

use crate::journey::{
    Avatar, FirstStepLine, Helper, IslandId, Journey, Overview, Pack, build_overview,
};

use super::given::{SharedExercise, shared_answers};

/// The format this version writes. A later format that an older coach's app cannot read gets a
/// new number.
pub const SUMMARY_FORMAT: u32 = 1;

/// What the youngster chose to share.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Scope {
    /// The islands shared. Stored as the ones chosen, so an island is never shared without
    /// having been chosen.
    pub islands: BTreeSet<IslandId>,
    /// The answers themselves, question by question, besides the overview.
    #[serde(default)]
    pub answers: bool,
    /// "Ook wat anderen in mij zien": the replies kept in the overview.
    #[serde(default)]
    pub others: bool,
}

impl Default for Scope {
    /// The overview of every island, without the answers themselves.
    fn default() -> Scope {
        Scope {
            islands: IslandId::ALL.into_iter().collect(),
            answers: false,
            others: false,
        }
    }
}

impl Scope {
    pub fn includes(&self, island: IslandId) -> bool {
        self.islands.contains(&island)
    }

    /// What the app offers at first: every island the youngster started (an exercise of it
    /// opened or answered), without the answers themselves. An island started later is shared
    /// only once the youngster chooses it.
    pub fn of_started(pack: &Pack, journey: &Journey) -> Scope {
        Scope {
            islands: pack
                .islands
                .iter()
                .map(|island| island.id)
                .filter(|id| !journey.island_progress(pack, *id).new)
                .collect(),
            answers: false,
            others: false,
        }
    }
}

/// One shared island and whether every exercise of it is finished.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IslandShared {
    pub island: IslandId,
    pub done: bool,
}

/// The summary as the coach receives it.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// [`SUMMARY_FORMAT`] when made by this version.
    pub format: u32,
    /// When the phone made it (RFC 3339, the phone's clock).
    pub made_at: String,
    /// The pack's language tag: every label below is in it.
    pub language: String,
    pub nickname: Option<String>,
    /// The avatar's settings, to draw with [`crate::journey::avatar_svg`].
    pub avatar: Option<Avatar>,
    /// The shared islands, in map order.
    pub islands: Vec<IslandShared>,
    /// The overview of the shared islands only.
    pub overview: Overview,
    /// The answers themselves, only when ticked.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub answers: Vec<SharedExercise>,
}

/// Why a received summary cannot be shown.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SummaryError {
    #[error(
        "this summary was made by a newer version of Start To Can (format {found}; this app reads format {SUMMARY_FORMAT}): update the app to read it"
    )]
    NewerFormat { found: u32 },
    #[error("this is not a Start To Can summary: {0}")]
    Unreadable(String),
}

/// Builds the summary of what `scope` covers. `made_at` is the phone's clock (RFC 3339).
pub fn build_summary(pack: &Pack, journey: &Journey, scope: &Scope, made_at: &str) -> Summary {
    let shared = journey_in_scope(pack, journey, scope);
    let mut overview = build_overview(pack, &shared);
    overview
        .islands
        .retain(|island| scope.includes(island.island));
    let islands = overview
        .islands
        .iter()
        .map(|island| IslandShared {
            island: island.island,
            done: island.total > 0 && island.done == island.total,
        })
        .collect();
    let avatar = journey.avatar.clone();
    Summary {
        format: SUMMARY_FORMAT,
        made_at: made_at.to_owned(),
        language: overview.language.clone(),
        nickname: avatar
            .as_ref()
            .and_then(|a| a.nickname.as_ref())
            .map(|n| n.as_str().to_owned()),
        avatar,
        islands,
        answers: if scope.answers {
            shared_answers(pack, &shared)
        } else {
            Vec::new()
        },
        overview,
    }
}

/// The journey with only the shared islands' answers, progress, evaluations and picks, so
/// nothing of an island left out can reach the summary (not even as a suggested top three).
fn journey_in_scope(pack: &Pack, journey: &Journey, scope: &Scope) -> Journey {
    let shared = |exercise: &str| {
        pack.exercise(exercise)
            .is_some_and(|(island, _)| scope.includes(island.id))
    };
    let mut kept = journey.clone();
    kept.answers.retain(|exercise, _| shared(exercise));
    kept.positions.retain(|exercise, _| shared(exercise));
    kept.opened.retain(|exercise| shared(exercise));
    kept.finished.retain(|exercise, _| shared(exercise));
    kept.evaluations.retain(|island, _| scope.includes(*island));
    kept.top_three.retain(|want| shared(&want.exercise));
    kept.starred.retain(|want| shared(&want.exercise));
    kept.check_ins.retain(|island, _| scope.includes(*island));
    kept.past_steps.retain(|step| shared(&step.exercise));
    kept.last_opened = None;
    if !scope.others {
        kept.replies.clear();
    }
    kept
}

impl Summary {
    pub fn to_json(&self) -> String {
        serde_json::to_string(self).expect("a summary is plain data and always serialises")
    }

    /// Reads a received summary; one of a newer format is refused with a clear error.
    pub fn from_json(json: &str) -> Result<Summary, SummaryError> {
        #[derive(Deserialize)]
        struct FormatOnly {
            format: u32,
        }
        let FormatOnly { format } = serde_json::from_str(json)
            .map_err(|e| SummaryError::Unreadable(format!("no format number ({e})")))?;
        if format > SUMMARY_FORMAT {
            return Err(SummaryError::NewerFormat { found: format });
        }
        if format == 0 {
            return Err(SummaryError::Unreadable("format 0 does not exist".into()));
        }
        serde_json::from_str(json).map_err(|e| SummaryError::Unreadable(e.to_string()))
    }

    /// What the coach would see, apart from when it was made: two summaries with the same
    /// fingerprint show the same. Stored with a share to tell "your coach has an older version".
    pub fn fingerprint(&self) -> String {
        let mut timeless = self.clone();
        timeless.made_at.clear();
        fingerprint_of(timeless.to_json().as_bytes())
    }

    /// Whether an island is shared as done (every exercise of it finished).
    pub fn island_done(&self, island: IslandId) -> bool {
        self.islands.iter().any(|i| i.island == island && i.done)
    }

    /// Every first step in the summary, for a coach preparing a conversation.
    pub fn first_steps(&self) -> impl Iterator<Item = &FirstStepLine> {
        self.overview.islands.iter().flat_map(|i| &i.first_steps)
    }

    /// Everyone named as a helper on a shared island.
    pub fn helpers(&self) -> impl Iterator<Item = &Helper> {
        self.overview.islands.iter().flat_map(|i| &i.helpers)
    }
}

/// 64-bit FNV-1a as 16 hex digits: enough to notice a change, and not a secret (the summary
/// itself stays on the phone next to it).
pub(crate) fn fingerprint_of(bytes: &[u8]) -> String {
    const OFFSET: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    let hash = bytes
        .iter()
        .fold(OFFSET, |hash, &b| (hash ^ u64::from(b)).wrapping_mul(PRIME));
    format!("{hash:016x}")
}

#[cfg(test)]
mod tests {
    use chrono::NaiveDate;

    use super::*;
    use crate::journey::testing::sample_pack;
    use crate::journey::{Answer, Nickname, StepWhat, WantRef};

    const MADE_AT: &str = "2026-11-23T10:00:00.000Z";

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 11, d).unwrap()
    }

    /// Robin's journey through housing and work, with a marker word in each island and in an
    /// answer that feeds no part of the overview.
    fn journey() -> (Pack, Journey) {
        let pack = sample_pack();
        let mut j = Journey::default();
        let lies = j.add_person(&pack, "Lies", "clb").unwrap();
        let sam = j.add_person(&pack, "Sam", "vriend").unwrap();
        j.avatar = Some(Avatar {
            nickname: Some(Nickname::parse("Robin").unwrap()),
            ..Avatar::default()
        });
        let mut answer = |exercise: &str, question: &str, answer: Answer| {
            j.answer(&pack, exercise, question, answer, day(1)).unwrap();
        };
        answer(
            "wonen_nu",
            "q_waar",
            Answer::SingleChoice {
                choice: "anders".into(),
                other_text: Some("Bij tante Kiwimarker".into()),
            },
        );
        answer(
            "wonen_nu",
            "q_droom",
            Answer::Text {
                text: "Een huis met een Tuinmarker".into(),
            },
        );
        answer("wonen_nu", "q_nu", Answer::Scale { value: 3 });
        answer("wonen_nu", "q_wie", Answer::People { people: vec![lies] });
        answer(
            "werk_droom",
            "q_sector",
            Answer::MultipleChoice {
                choices: vec!["anders".into()],
                other_text: Some("Werkmarker bakkerij".into()),
            },
        );
        answer(
            "werk_droom",
            "q_stap",
            Answer::FirstStep {
                what: StepWhat::Own("Stagemarker zoeken".into()),
                with: vec![sam],
                by: Some(day(20)),
            },
        );
        j.evaluate(IslandId::Werk, 7).unwrap();
        j.evaluate(IslandId::Wonen, 5).unwrap();
        (pack, j)
    }

    fn only(islands: &[IslandId], answers: bool) -> Scope {
        Scope {
            islands: islands.iter().copied().collect(),
            answers,
            others: false,
        }
    }

    fn json_of(scope: &Scope) -> String {
        let (pack, journey) = journey();
        build_summary(&pack, &journey, scope, MADE_AT).to_json()
    }

    #[test]
    fn the_default_scope_is_every_island_without_the_answers() {
        let scope = Scope::default();
        assert!(IslandId::ALL.iter().all(|i| scope.includes(*i)));
        assert!(!scope.answers);
    }

    #[test]
    fn the_scope_offered_at_first_is_every_started_island_without_the_answers() {
        let (pack, journey) = journey();
        let scope = Scope::of_started(&pack, &journey);
        assert_eq!(scope, only(&[IslandId::Wonen, IslandId::Werk], false));
        let mut one_answer = Journey::default();
        // An answer that feeds no part of the overview still starts its island.
        one_answer
            .answer(
                &pack,
                "wonen_nu",
                "q_gevoel",
                Answer::Faces { value: 3 },
                day(1),
            )
            .unwrap();
        assert_eq!(
            Scope::of_started(&pack, &one_answer),
            only(&[IslandId::Wonen], false)
        );
        assert_eq!(
            Scope::of_started(&pack, &Journey::default()),
            only(&[], false)
        );
    }

    #[test]
    fn by_default_the_overview_of_every_island_is_shared_but_not_the_answers() {
        let json = json_of(&Scope::default());
        for marker in ["Tuinmarker", "Werkmarker", "Stagemarker", "Lies", "Robin"] {
            assert!(json.contains(marker), "{marker} in {json}");
        }
        // An answer that feeds no part of the overview is one of "the answers themselves".
        assert!(!json.contains("Kiwimarker"), "{json}");
        assert!(!json.contains("\"answers\""), "{json}");
    }

    /// Growth over time on work: a check-in, and a step that worked partly.
    fn with_growth(journey: &mut Journey) {
        use crate::journey::{CheckIn, PastStep, StepOutcome};
        journey.check_ins.insert(
            IslandId::Werk,
            vec![CheckIn {
                on: day(28),
                now: Some(6),
                wanted: Some(9),
            }],
        );
        journey.past_steps.push(PastStep {
            exercise: "werk_droom".into(),
            question: "q_stap".into(),
            what: StepWhat::Own("Bakkerijmarker bellen".into()),
            with: Vec::new(),
            by: Some(day(20)),
            outcome: StepOutcome::Partly,
            reasons: vec!["someone_helped".into()],
            on: day(21),
        });
    }

    #[test]
    fn growth_over_time_goes_with_its_island_and_only_with_it() {
        let (pack, mut journey) = journey();
        with_growth(&mut journey);
        let werk = build_summary(&pack, &journey, &only(&[IslandId::Werk], false), MADE_AT);
        let block = &werk.overview.islands[0];
        assert_eq!(block.achievements[0].what, "Bakkerijmarker bellen");
        let last = block.readings.last().unwrap();
        assert_eq!(
            (last.on, last.now, last.wanted),
            (Some(day(28)), Some(6), Some(9))
        );
        let wonen = build_summary(&pack, &journey, &only(&[IslandId::Wonen], true), MADE_AT);
        let json = wonen.to_json();
        assert!(!json.contains("Bakkerijmarker"), "{json}");
        assert!(!json.contains("2026-11-28"), "{json}");
    }

    #[test]
    fn an_island_left_out_leaves_nothing_of_itself_in_the_summary() {
        let (pack, journey) = journey();
        let summary = build_summary(&pack, &journey, &only(&[IslandId::Wonen], true), MADE_AT);
        let json = summary.to_json();
        for marker in ["Werkmarker", "Stagemarker", "Sam", "\"werk\"", "Werk"] {
            assert!(!json.contains(marker), "{marker} in {json}");
        }
        assert!(json.contains("Tuinmarker") && json.contains("Kiwimarker"));
        assert_eq!(summary.overview.islands.len(), 1);
        assert_eq!(
            summary.islands,
            [IslandShared {
                island: IslandId::Wonen,
                done: false
            }]
        );
    }

    #[test]
    fn what_others_see_goes_only_when_ticked_and_only_what_was_kept() {
        use crate::journey::{Pick, ReplyWords, Via};
        let (pack, mut journey) = journey();
        let said = |from: &str, message: &str| ReplyWords {
            from: from.into(),
            strengths: vec![Pick::Listed("kind".into())],
            help: Vec::new(),
            message: Some(message.into()),
        };
        let kept = journey
            .receive_reply(None, said("Oma", "Keptmarker"), Via::ThisPhone, day(2))
            .unwrap();
        journey.keep_reply(kept, true).unwrap();
        let left = journey
            .receive_reply(None, said("Buur", "Leftmarker"), Via::Link, day(3))
            .unwrap();
        journey.keep_reply(left, false).unwrap();
        journey
            .receive_reply(None, said("Nieuw", "Newmarker"), Via::Link, day(4))
            .unwrap();

        let without = json_of_journey(&pack, &journey, &only(&[IslandId::Wonen], false));
        for marker in ["Keptmarker", "Leftmarker", "Newmarker", "Oma", "others"] {
            assert!(!without.contains(marker), "{marker} in {without}");
        }
        let ticked = Scope {
            others: true,
            ..only(&[IslandId::Wonen], false)
        };
        let summary = build_summary(&pack, &journey, &ticked, MADE_AT);
        assert_eq!(summary.overview.others.len(), 1);
        assert_eq!(summary.overview.others[0].words.from, "Oma");
        let with = summary.to_json();
        assert!(with.contains("Keptmarker"));
        for marker in ["Leftmarker", "Newmarker", "Buur"] {
            assert!(!with.contains(marker), "{marker} in {with}");
        }
        assert_eq!(Summary::from_json(&with).unwrap(), summary);
    }

    fn json_of_journey(pack: &Pack, journey: &Journey, scope: &Scope) -> String {
        build_summary(pack, journey, scope, MADE_AT).to_json()
    }

    #[test]
    fn the_top_three_picks_and_suggestions_come_only_from_shared_islands() {
        let (pack, mut journey) = journey();
        let bakery = WantRef::new("werk_droom", "q_sector", Some("anders"));
        journey.toggle_top(&pack, &bakery).unwrap();
        journey.toggle_star(&pack, &bakery).unwrap();
        let housing = only(&[IslandId::Wonen], false);
        let summary = build_summary(&pack, &journey, &housing, MADE_AT);
        let top = &summary.overview.top_three;
        assert!(top.suggested, "the only pick is on an island left out");
        assert!(
            top.items
                .iter()
                .all(|item| item.want.island == IslandId::Wonen)
        );
        assert!(!summary.to_json().contains("Werkmarker"));
    }

    #[test]
    fn with_the_answers_ticked_every_answer_of_a_shared_island_is_there_in_words() {
        let (pack, journey) = journey();
        let summary = build_summary(
            &pack,
            &journey,
            &Scope {
                answers: true,
                ..Scope::default()
            },
            MADE_AT,
        );
        let housing = summary
            .answers
            .iter()
            .find(|e| e.exercise == "wonen_nu")
            .unwrap();
        assert_eq!(housing.island, IslandId::Wonen);
        assert_eq!(housing.title, "Waar woon je nu?");
        assert!(summary.to_json().contains("Bij tante Kiwimarker"));
        assert!(summary.answers.iter().any(|e| e.exercise == "werk_droom"));
    }

    #[test]
    fn nothing_shared_is_an_empty_summary_that_still_says_who() {
        let summary = {
            let (pack, journey) = journey();
            build_summary(&pack, &journey, &only(&[], true), MADE_AT)
        };
        assert!(summary.overview.islands.is_empty());
        assert!(summary.overview.top_three.items.is_empty());
        assert!(summary.answers.is_empty());
        assert_eq!(summary.nickname.as_deref(), Some("Robin"));
    }

    #[test]
    fn the_summary_carries_who_when_the_language_and_which_islands_are_done() {
        let (pack, mut journey) = journey();
        journey.skip(&pack, "werk_droom", "q_sector").unwrap();
        journey.finish(&pack, "werk_droom", day(2)).unwrap();
        let summary = build_summary(&pack, &journey, &Scope::default(), MADE_AT);
        assert_eq!(summary.format, SUMMARY_FORMAT);
        assert_eq!(summary.made_at, MADE_AT);
        assert_eq!(summary.language, "nl");
        assert_eq!(summary.nickname.as_deref(), Some("Robin"));
        assert_eq!(summary.avatar, journey.avatar);
        assert!(summary.island_done(IslandId::Werk));
        assert!(!summary.island_done(IslandId::Wonen));
        let werk = summary
            .overview
            .islands
            .iter()
            .find(|i| i.island == IslandId::Werk)
            .unwrap();
        assert_eq!(werk.evaluation, Some(7));
        assert_eq!(summary.first_steps().count(), 1);
        assert_eq!(
            summary
                .helpers()
                .map(|h| h.name.as_str())
                .collect::<Vec<_>>(),
            ["Lies", "Sam"]
        );
    }

    #[test]
    fn a_summary_reads_back_the_same() {
        let (pack, journey) = journey();
        let summary = build_summary(
            &pack,
            &journey,
            &Scope {
                answers: true,
                ..Scope::default()
            },
            MADE_AT,
        );
        assert_eq!(Summary::from_json(&summary.to_json()), Ok(summary));
    }

    #[test]
    fn a_summary_of_a_newer_format_is_refused_with_its_number() {
        let error = Summary::from_json(r#"{"format": 2, "whatever": "comes later"}"#).unwrap_err();
        assert_eq!(error, SummaryError::NewerFormat { found: 2 });
        assert!(error.to_string().contains("format 2"), "{error}");
        assert!(error.to_string().contains("update the app"), "{error}");
    }

    #[test]
    fn what_is_not_a_summary_is_unreadable() {
        for junk in [
            "",
            "[]",
            "{}",
            r#"{"format": "1"}"#,
            r#"{"format": 0}"#,
            r#"{"format": 1}"#,
        ] {
            assert!(
                matches!(Summary::from_json(junk), Err(SummaryError::Unreadable(_))),
                "{junk:?}"
            );
        }
    }

    #[test]
    fn the_fingerprint_ignores_when_it_was_made_and_follows_what_the_coach_sees() {
        let (pack, mut journey) = journey();
        let scope = Scope::default();
        let first = build_summary(&pack, &journey, &scope, MADE_AT).fingerprint();
        let later = build_summary(&pack, &journey, &scope, "2026-12-01T08:00:00.000Z");
        assert_eq!(later.fingerprint(), first);
        journey
            .answer(
                &pack,
                "wonen_nu",
                "q_nu",
                Answer::Scale { value: 6 },
                day(3),
            )
            .unwrap();
        assert_ne!(
            build_summary(&pack, &journey, &scope, MADE_AT).fingerprint(),
            first
        );
        let narrower = only(&[IslandId::Wonen], false);
        assert_ne!(
            build_summary(&pack, &journey, &narrower, MADE_AT).fingerprint(),
            build_summary(&pack, &journey, &scope, MADE_AT).fingerprint()
        );
        assert_eq!(first.len(), 16);
    }

    #[test]
    fn a_change_on_an_island_left_out_does_not_make_the_coachs_copy_older() {
        let (pack, mut journey) = journey();
        let housing = only(&[IslandId::Wonen], false);
        let before = build_summary(&pack, &journey, &housing, MADE_AT).fingerprint();
        journey.evaluate(IslandId::Werk, 2).unwrap();
        assert_eq!(
            build_summary(&pack, &journey, &housing, MADE_AT).fingerprint(),
            before
        );
    }
}
