//! "Wat anderen in mij zien": someone the youngster chose says, in a few taps, what the youngster
//! is good at and how they would like to help. Asked on this phone (the phone is handed over) or
//! with a link (the reply comes sealed through the youngster's mailbox). The youngster decides
//! per reply whether it goes in the overview; kept replies can go to the coach too.
//!
//! The words of the strengths and ways to help are the app's (ids here, words in each language),
//! so a reply reads in the youngster's language whatever language the other person used.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::answers::tidy;
use super::people::PersonId;
use super::state::Journey;

/// At most this many strengths in one reply.
pub const MAX_STRENGTHS: usize = 3;
/// Own words for a strength or a way to help, in characters.
pub const MAX_OWN_WORDS_CHARS: usize = 60;
/// The short message, in characters.
pub const MAX_MESSAGE_CHARS: usize = 280;
/// The name the other person gives (or the youngster gave them), in characters.
pub const MAX_FROM_CHARS: usize = 40;

/// What someone can see in the youngster, in easy words (ids; the app words them).
pub const STRENGTHS: [&str; 12] = [
    "listens_well",
    "helps_others",
    "honest",
    "keeps_going",
    "funny",
    "creative",
    "calm",
    "good_with_hands",
    "good_with_computers",
    "reliable",
    "brave",
    "kind",
];

/// How someone would like to help (ids; the app words them).
pub const HELP_WAYS: [&str; 5] = [
    "go_along",
    "do_together",
    "listen",
    "explain",
    "look_for_work",
];

/// A strength or a way to help: one of the app's, or own words.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Pick {
    Listed(String),
    Own(String),
}

/// What the other person said.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReplyWords {
    /// Who says it, as they or the youngster wrote it ("Oma", "Sam").
    pub from: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub strengths: Vec<Pick>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub help: Vec<Pick>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub message: Option<String>,
}

/// How the reply came.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Via {
    /// The phone was handed over.
    ThisPhone,
    /// Through a link and the mailbox.
    Link,
}

/// A reply kept on the phone.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Reply {
    /// Unique on this phone.
    pub id: u32,
    /// Who in "my people" was asked, when known.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<PersonId>,
    pub words: ReplyWords,
    pub received_on: NaiveDate,
    pub via: Via,
    /// In the overview under "Wat anderen in mij zien": `None` until the youngster decides.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub kept: Option<bool>,
}

/// A kept reply as the overview (and a coach, when shared) shows it: who said what.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OthersSay {
    /// The reply's id on the youngster's phone (to remove it from the overview).
    pub reply: u32,
    pub words: ReplyWords,
    pub on: NaiveDate,
}

impl OthersSay {
    pub(super) fn of(reply: &Reply) -> OthersSay {
        OthersSay {
            reply: reply.id,
            words: reply.words.clone(),
            on: reply.received_on,
        }
    }
}

/// Why a reply cannot be taken; nothing is saved then, and the app says which part to change.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ReplyError {
    #[error("choose a strength, a way to help or write a message")]
    Empty,
    #[error("at most {MAX_STRENGTHS} strengths")]
    TooManyStrengths,
    #[error("{0:?} is not a strength or a way to help this app knows")]
    Unknown(String),
    #[error("{0:?} is given twice")]
    Twice(String),
    #[error("own words are empty")]
    EmptyOwnWords,
    #[error("the words have {len} characters, at most {max} fit")]
    TooLong { len: usize, max: usize },
    #[error("say who you are")]
    NoName,
    #[error("there is no reply {0}")]
    UnknownReply(u32),
}

impl ReplyWords {
    /// The words tidied (trimmed, own words kept as typed) and checked.
    pub fn checked(self) -> Result<ReplyWords, ReplyError> {
        let from = tidy(&self.from, MAX_FROM_CHARS)
            .map_err(too_long)?
            .ok_or(ReplyError::NoName)?;
        if self.strengths.len() > MAX_STRENGTHS {
            return Err(ReplyError::TooManyStrengths);
        }
        let strengths = check_picks(self.strengths, &STRENGTHS)?;
        let help = check_picks(self.help, &HELP_WAYS)?;
        let message = match self.message {
            Some(text) => tidy(&text, MAX_MESSAGE_CHARS).map_err(too_long)?,
            None => None,
        };
        if strengths.is_empty() && help.is_empty() && message.is_none() {
            return Err(ReplyError::Empty);
        }
        Ok(ReplyWords {
            from,
            strengths,
            help,
            message,
        })
    }
}

impl ReplyWords {
    /// A tap on one of the listed strengths: picked, or unpicked when it was. A fourth is
    /// refused ([`ReplyError::TooManyStrengths`]) and changes nothing.
    pub fn toggle_strength(&mut self, id: &str) -> Result<(), ReplyError> {
        toggle(&mut self.strengths, id, &STRENGTHS, MAX_STRENGTHS)
    }

    /// A tap on one of the listed ways to help: picked, or unpicked when it was.
    pub fn toggle_help(&mut self, id: &str) -> Result<(), ReplyError> {
        toggle(&mut self.help, id, &HELP_WAYS, HELP_WAYS.len() + 1)
    }

    /// Whether a listed strength or way to help is picked.
    pub fn has(&self, id: &str) -> bool {
        let listed = Pick::Listed(id.to_owned());
        self.strengths.contains(&listed) || self.help.contains(&listed)
    }

    /// Own words for a strength (`strength`) or a way to help: the one own pick of its kind,
    /// replaced, or removed when the words are blank. Checked when the reply is sent.
    pub fn set_own(&mut self, strength: bool, text: &str) {
        let picks = if strength {
            &mut self.strengths
        } else {
            &mut self.help
        };
        picks.retain(|p| matches!(p, Pick::Listed(_)));
        if !text.trim().is_empty() {
            picks.push(Pick::Own(text.to_owned()));
        }
    }

    /// The own words of a kind, as typed.
    pub fn own(&self, strength: bool) -> &str {
        let picks = if strength {
            &self.strengths
        } else {
            &self.help
        };
        picks
            .iter()
            .find_map(|p| match p {
                Pick::Own(text) => Some(text.as_str()),
                Pick::Listed(_) => None,
            })
            .unwrap_or("")
    }
}

fn toggle(picks: &mut Vec<Pick>, id: &str, listed: &[&str], max: usize) -> Result<(), ReplyError> {
    if !listed.contains(&id) {
        return Err(ReplyError::Unknown(id.to_owned()));
    }
    let pick = Pick::Listed(id.to_owned());
    if let Some(at) = picks.iter().position(|p| *p == pick) {
        picks.remove(at);
        return Ok(());
    }
    if picks.len() >= max {
        return Err(ReplyError::TooManyStrengths);
    }
    // Listed picks before own words, so the own words stay last as they show.
    let at = picks
        .iter()
        .position(|p| matches!(p, Pick::Own(_)))
        .unwrap_or(picks.len());
    picks.insert(at, pick);
    Ok(())
}

fn too_long(error: super::answers::AnswerError) -> ReplyError {
    match error {
        super::answers::AnswerError::TextTooLong { len, max } => ReplyError::TooLong { len, max },
        _ => ReplyError::EmptyOwnWords,
    }
}

fn check_picks(picks: Vec<Pick>, listed: &[&str]) -> Result<Vec<Pick>, ReplyError> {
    let mut out: Vec<Pick> = Vec::with_capacity(picks.len());
    for pick in picks {
        let pick = match pick {
            Pick::Listed(id) if listed.contains(&id.as_str()) => Pick::Listed(id),
            Pick::Listed(id) => return Err(ReplyError::Unknown(id)),
            Pick::Own(text) => Pick::Own(
                tidy(&text, MAX_OWN_WORDS_CHARS)
                    .map_err(too_long)?
                    .ok_or(ReplyError::EmptyOwnWords)?,
            ),
        };
        if out.contains(&pick) {
            let shown = match &pick {
                Pick::Listed(id) | Pick::Own(id) => id.clone(),
            };
            return Err(ReplyError::Twice(shown));
        }
        out.push(pick);
    }
    Ok(out)
}

impl Journey {
    /// Keeps a reply on the phone (not in the overview until the youngster says so) and returns
    /// its id.
    pub fn receive_reply(
        &mut self,
        person: Option<PersonId>,
        words: ReplyWords,
        via: Via,
        today: NaiveDate,
    ) -> Result<u32, ReplyError> {
        let words = words.checked()?;
        let id = self.replies.iter().map(|r| r.id + 1).max().unwrap_or(1);
        self.replies.push(Reply {
            id,
            person,
            words,
            received_on: today,
            via,
            kept: None,
        });
        Ok(id)
    }

    /// The youngster's choice: in the overview or not.
    pub fn keep_reply(&mut self, id: u32, keep: bool) -> Result<(), ReplyError> {
        let reply = self
            .replies
            .iter_mut()
            .find(|r| r.id == id)
            .ok_or(ReplyError::UnknownReply(id))?;
        reply.kept = Some(keep);
        Ok(())
    }

    /// Removes a reply from the phone.
    pub fn remove_reply(&mut self, id: u32) -> Result<(), ReplyError> {
        let before = self.replies.len();
        self.replies.retain(|r| r.id != id);
        if self.replies.len() == before {
            return Err(ReplyError::UnknownReply(id));
        }
        Ok(())
    }

    /// The replies the youngster has not decided on yet: each shows as a discovery.
    pub fn new_replies(&self) -> impl Iterator<Item = &Reply> {
        self.replies.iter().filter(|r| r.kept.is_none())
    }

    /// The replies in the overview, oldest first.
    pub fn kept_replies(&self) -> impl Iterator<Item = &Reply> {
        self.replies.iter().filter(|r| r.kept == Some(true))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 4, d).unwrap()
    }

    fn words() -> ReplyWords {
        ReplyWords {
            from: " Oma ".into(),
            strengths: vec![
                Pick::Listed("kind".into()),
                Pick::Own(" Lekker koken ".into()),
            ],
            help: vec![Pick::Listed("go_along".into())],
            message: Some("  Ik ben trots op je.  ".into()),
        }
    }

    #[test]
    fn a_reply_is_kept_tidy_and_waits_for_the_youngsters_choice() {
        let mut journey = Journey::default();
        let id = journey
            .receive_reply(Some(PersonId(2)), words(), Via::ThisPhone, day(3))
            .unwrap();
        let reply = &journey.replies[0];
        assert_eq!(reply.id, id);
        assert_eq!(reply.words.from, "Oma");
        assert_eq!(reply.words.strengths[1], Pick::Own("Lekker koken".into()));
        assert_eq!(reply.words.message.as_deref(), Some("Ik ben trots op je."));
        assert_eq!(journey.new_replies().count(), 1);
        assert_eq!(journey.kept_replies().count(), 0);
        journey.keep_reply(id, true).unwrap();
        assert_eq!(journey.new_replies().count(), 0);
        assert_eq!(journey.kept_replies().count(), 1);
        journey.keep_reply(id, false).unwrap();
        assert_eq!(journey.kept_replies().count(), 0);
    }

    #[test]
    fn reply_ids_stay_unique_after_a_removal() {
        let mut journey = Journey::default();
        let first = journey
            .receive_reply(None, words(), Via::Link, day(1))
            .unwrap();
        let second = journey
            .receive_reply(None, words(), Via::Link, day(2))
            .unwrap();
        journey.remove_reply(first).unwrap();
        let third = journey
            .receive_reply(None, words(), Via::Link, day(3))
            .unwrap();
        assert_ne!(third, second);
        assert_eq!(journey.remove_reply(99), Err(ReplyError::UnknownReply(99)));
        assert_eq!(
            journey.keep_reply(first, true),
            Err(ReplyError::UnknownReply(first))
        );
    }

    #[test]
    fn a_reply_needs_a_name_and_something_said() {
        let nothing = ReplyWords {
            from: "Sam".into(),
            ..ReplyWords::default()
        };
        assert_eq!(nothing.checked(), Err(ReplyError::Empty));
        let blank_message = ReplyWords {
            from: "Sam".into(),
            message: Some("   ".into()),
            ..ReplyWords::default()
        };
        assert_eq!(blank_message.checked(), Err(ReplyError::Empty));
        let nameless = ReplyWords {
            from: "  ".into(),
            ..words()
        };
        assert_eq!(nameless.checked(), Err(ReplyError::NoName));
    }

    #[test]
    fn strengths_are_at_most_three_known_or_own_and_never_twice() {
        let with = |strengths: Vec<Pick>| {
            ReplyWords {
                strengths,
                ..words()
            }
            .checked()
        };
        let listed = |id: &str| Pick::Listed(id.into());
        assert_eq!(
            with(vec![
                listed("kind"),
                listed("calm"),
                listed("brave"),
                listed("funny")
            ]),
            Err(ReplyError::TooManyStrengths)
        );
        assert_eq!(
            with(vec![listed("rich")]),
            Err(ReplyError::Unknown("rich".into()))
        );
        assert_eq!(
            with(vec![listed("kind"), listed("kind")]),
            Err(ReplyError::Twice("kind".into()))
        );
        assert_eq!(
            with(vec![Pick::Own("  ".into())]),
            Err(ReplyError::EmptyOwnWords)
        );
        assert!(matches!(
            with(vec![Pick::Own("x".repeat(MAX_OWN_WORDS_CHARS + 1))]),
            Err(ReplyError::TooLong { .. })
        ));
        // A way to help is not a strength.
        assert_eq!(
            with(vec![listed("go_along")]),
            Err(ReplyError::Unknown("go_along".into()))
        );
    }

    #[test]
    fn taps_pick_and_unpick_and_a_fourth_strength_is_refused() {
        let mut draft = ReplyWords::default();
        draft.set_own(true, "Lekker koken");
        for id in ["kind", "calm"] {
            draft.toggle_strength(id).unwrap();
        }
        assert_eq!(
            draft.toggle_strength("brave"),
            Err(ReplyError::TooManyStrengths)
        );
        assert_eq!(
            draft.strengths,
            [
                Pick::Listed("kind".into()),
                Pick::Listed("calm".into()),
                Pick::Own("Lekker koken".into())
            ]
        );
        draft.toggle_strength("kind").unwrap();
        assert!(!draft.has("kind"));
        draft.toggle_strength("brave").unwrap();
        assert!(draft.has("brave"));
        assert_eq!(
            draft.toggle_strength("go_along"),
            Err(ReplyError::Unknown("go_along".into()))
        );
        for id in HELP_WAYS {
            draft.toggle_help(id).unwrap();
        }
        draft.set_own(false, "Samen koken");
        assert_eq!(draft.help.len(), HELP_WAYS.len() + 1);
        assert_eq!(draft.own(false), "Samen koken");
        draft.set_own(false, "  ");
        assert_eq!(draft.own(false), "");
        assert_eq!(draft.help.len(), HELP_WAYS.len());
    }

    #[test]
    fn only_kept_replies_reach_the_overview_with_who_said_it() {
        let pack = crate::journey::testing::sample_pack();
        let mut journey = Journey::default();
        let kept = journey
            .receive_reply(None, words(), Via::ThisPhone, day(3))
            .unwrap();
        let left = journey
            .receive_reply(None, words(), Via::Link, day(4))
            .unwrap();
        journey
            .receive_reply(None, words(), Via::Link, day(5))
            .unwrap();
        journey.keep_reply(kept, true).unwrap();
        journey.keep_reply(left, false).unwrap();
        let overview = crate::journey::build_overview(&pack, &journey);
        assert_eq!(overview.others.len(), 1);
        assert_eq!(overview.others[0].reply, kept);
        assert_eq!(overview.others[0].words.from, "Oma");
        assert_eq!(overview.others[0].on, day(3));
    }

    #[test]
    fn a_message_that_is_too_long_is_refused_and_nothing_is_kept() {
        let mut journey = Journey::default();
        let long = ReplyWords {
            message: Some("a".repeat(MAX_MESSAGE_CHARS + 1)),
            ..words()
        };
        assert!(matches!(
            journey.receive_reply(None, long, Via::Link, day(1)),
            Err(ReplyError::TooLong { len, max: MAX_MESSAGE_CHARS }) if len == MAX_MESSAGE_CHARS + 1
        ));
        assert!(journey.replies.is_empty());
    }
}
