//! The content model: a pack of islands and exercises in one language, read from
//! `content/<lang>.json`. Content is data, so another organisation can ship its own pack; the
//! shape is checked by serde (unknown fields are refused) and the rest by [`super::validate`].

use serde::{Deserialize, Serialize};

use super::avatar::Accessory;

/// Seconds for a question answered with one or a few taps.
pub const TAP_SECONDS: u32 = 8;
/// Seconds for a question that asks for typing (a short text, the first-step builder).
pub const TYPING_SECONDS: u32 = 30;
/// Seconds per card in a card sort: each card is read and placed on its own.
pub const CARD_SECONDS: u32 = 8;
/// Seconds to read an exercise's intro and, at the end, its discovery.
pub const READING_SECONDS: u32 = 15;
/// The youngsters asked that one exercise takes at most five minutes.
pub const EXERCISE_BUDGET_SECONDS: u32 = 5 * 60;

/// The seven life domains, always these ids, in this order on the map.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum IslandId {
    Wonen,
    Relaties,
    Gezondheid,
    Financien,
    Leren,
    VrijeTijd,
    Werk,
}

impl IslandId {
    pub const ALL: [IslandId; 7] = [
        IslandId::Wonen,
        IslandId::Relaties,
        IslandId::Gezondheid,
        IslandId::Financien,
        IslandId::Leren,
        IslandId::VrijeTijd,
        IslandId::Werk,
    ];

    /// The id as written in the packs and in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            IslandId::Wonen => "wonen",
            IslandId::Relaties => "relaties",
            IslandId::Gezondheid => "gezondheid",
            IslandId::Financien => "financien",
            IslandId::Leren => "leren",
            IslandId::VrijeTijd => "vrije_tijd",
            IslandId::Werk => "werk",
        }
    }

    pub fn from_id(id: &str) -> Option<IslandId> {
        IslandId::ALL
            .into_iter()
            .find(|island| island.as_str() == id)
    }
}

/// Core exercises lead to the growth path of an island; supporting ones go deeper.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ExerciseKind {
    Core,
    Supporting,
}

/// The four steps of strength-based coaching that every island walks through.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum CoachStep {
    /// Wie ben ik? How is it going here now.
    WhoAmI,
    /// Wat wil ik? Where do I want to go.
    WhatIWant,
    /// Wat kan ik al, wie helpt me? What works, what I am good at, who helps.
    WhatWorks,
    /// Wat is mijn eerste stap? What, with whom, by when.
    FirstStep,
}

impl CoachStep {
    pub const ALL: [CoachStep; 4] = [
        CoachStep::WhoAmI,
        CoachStep::WhatIWant,
        CoachStep::WhatWorks,
        CoachStep::FirstStep,
    ];
}

/// The part of "my overview" a question's answer goes to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Feed {
    /// What I want.
    Want,
    /// What I am good at, what already works.
    GoodAt,
    /// Who can help me.
    Helpers,
    /// My first step.
    FirstStep,
    /// Where I am now (0–10).
    Now,
    /// Where I want to be (0–10).
    Wanted,
    /// What suits me: preferences and interests ("binnen", "rustig", "techniek"). They describe
    /// the youngster but are no wish on their own, so they stay out of "what I want".
    Likes,
    /// What my money goes to (spending categories): the money block, never a wish.
    Money,
}

impl Feed {
    pub const ALL: [Feed; 8] = [
        Feed::Want,
        Feed::GoodAt,
        Feed::Helpers,
        Feed::FirstStep,
        Feed::Now,
        Feed::Wanted,
        Feed::Likes,
        Feed::Money,
    ];

    /// Whether every island's block needs a question for this part ("what suits me" and the
    /// money block are extras).
    pub fn on_every_island(self) -> bool {
        !matches!(self, Feed::Likes | Feed::Money)
    }

    /// The only island a feed belongs on, if it is bound to one.
    pub fn island(self) -> Option<IslandId> {
        (self == Feed::Money).then_some(IslandId::Financien)
    }
}

/// One content pack: everything a youngster reads, in one language.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Pack {
    /// A BCP 47 tag such as `nl` or `en`.
    pub language: String,
    pub texts: PackTexts,
    /// The relations offered when adding someone to "my people" (parent, friend, CLB, …).
    pub relations: Vec<Choice>,
    /// "Hulp nodig? Praat er nu over": the help lines of the country this pack is for, shown on
    /// the islands where it matters and after an answer that says things are very bad (see
    /// [`super::safety`]). Not compared between packs: each country has its own lines. A pack
    /// without them reads (small test packs) but does not validate.
    #[serde(default)]
    pub help: HelpLines,
    pub islands: Vec<Island>,
}

/// A calm card with the national help lines of the pack's country.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpLines {
    pub title: String,
    pub intro: String,
    pub lines: Vec<HelpLine>,
}

/// One help line, checked against the organisation's own published number or site
/// (shared/CONTENT.md, "Help lines").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct HelpLine {
    pub id: String,
    pub name: String,
    /// For whom and how, in a few words ("Voor jongeren. Bellen of chatten.").
    pub what: String,
    /// As people dial it in the country, e.g. `102` or `09 2525 0111`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// `https://…`: a chat or the service's own page.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub site: Option<String>,
}

impl HelpLine {
    /// The `tel:` link for the phone number: its digits (and a leading `+`) only.
    pub fn tel_uri(&self) -> Option<String> {
        self.phone.as_ref().map(|phone| {
            let dial: String = phone
                .chars()
                .enumerate()
                .filter(|&(i, c)| c.is_ascii_digit() || (i == 0 && c == '+'))
                .map(|(_, c)| c)
                .collect();
            format!("tel:{dial}")
        })
    }

    /// The site without `https://` and a trailing `/`, as the link's text.
    pub fn site_label(&self) -> Option<&str> {
        self.site.as_deref().map(|site| {
            site.trim_start_matches("https://")
                .trim_start_matches("www.")
                .trim_end_matches('/')
        })
    }
}

/// Texts that several questions share.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct PackTexts {
    /// The names of the five faces, from 1 (saddest) to 5 (happiest), read aloud and shown.
    pub faces: Vec<String>,
    /// The card-sort pile "important to me".
    pub important: String,
    /// The card-sort pile "not now".
    pub not_now: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Island {
    pub id: IslandId,
    pub title: String,
    pub description: String,
    pub exercises: Vec<Exercise>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Exercise {
    /// Unique in the pack, the same in every language.
    pub id: String,
    pub kind: ExerciseKind,
    pub steps: Vec<CoachStep>,
    pub title: String,
    pub intro: String,
    pub questions: Vec<Question>,
    /// The tips a discovery is chosen from; at least one has no condition.
    pub tips: Vec<Tip>,
    /// An avatar item this exercise unlocks the first time it is finished.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub unlocks: Option<Accessory>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Question {
    /// Unique in its exercise.
    pub id: String,
    pub prompt: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub help: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub feeds: Option<Feed>,
    /// How the question is answered. Every question can be skipped, so there is no flag for it.
    pub input: Input,
}

/// The ways a question can be answered.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "type", rename_all = "snake_case", deny_unknown_fields)]
pub enum Input {
    /// One tap among choices.
    SingleChoice { choices: Vec<Choice> },
    /// Chips: any number of choices, up to `max` when given.
    MultipleChoice {
        choices: Vec<Choice>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        max: Option<usize>,
    },
    /// Five faces, 1 to 5; their names are in [`PackTexts::faces`].
    Faces,
    /// A scale from 0 to 10, with a label at each end.
    Scale {
        min_label: String,
        max_label: String,
    },
    /// Cards go to "important to me" or "not now".
    CardSort { cards: Vec<Choice> },
    /// Pick from "my people"; these relations are offered first when adding someone.
    People { suggested_relations: Vec<String> },
    /// What (a suggestion or own words), with whom (my people), by when (a date).
    FirstStep { suggestions: Vec<Choice> },
    /// A short optional text, with examples to lean on.
    Text { examples: Vec<String> },
}

impl Input {
    /// The name of the input type, as in the packs.
    pub fn type_name(&self) -> &'static str {
        match self {
            Input::SingleChoice { .. } => "single_choice",
            Input::MultipleChoice { .. } => "multiple_choice",
            Input::Faces => "faces",
            Input::Scale { .. } => "scale",
            Input::CardSort { .. } => "card_sort",
            Input::People { .. } => "people",
            Input::FirstStep { .. } => "first_step",
            Input::Text { .. } => "text",
        }
    }

    /// The choices, cards or suggestions of the question, if it has any.
    pub fn choices(&self) -> &[Choice] {
        match self {
            Input::SingleChoice { choices }
            | Input::MultipleChoice { choices, .. }
            | Input::CardSort { cards: choices }
            | Input::FirstStep {
                suggestions: choices,
            } => choices,
            _ => &[],
        }
    }
}

/// A choice, card, suggested step or relation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Choice {
    pub id: String,
    pub label: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub example: Option<String>,
    /// "Iets anders…": choosing it opens a short text field.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub other: bool,
    /// Picking it says things are very bad ("geen vaste plek"): the help lines show.
    #[serde(default, skip_serializing_if = "std::ops::Not::not")]
    pub worry: bool,
}

/// A small, kind tip shown as a discovery when an exercise is finished.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Tip {
    /// Unique in the pack: the journey remembers which tips were seen.
    pub id: String,
    pub text: String,
    /// Shown only when this choice was picked; without it the tip always fits.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub when: Option<TipCondition>,
}

/// "When the youngster picked choice `choice` on question `question` of this exercise."
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct TipCondition {
    pub question: String,
    pub choice: String,
}

impl Pack {
    /// Reads a pack from its JSON text.
    pub fn from_json(json: &str) -> Result<Pack, serde_json::Error> {
        serde_json::from_str(json)
    }

    pub fn island(&self, id: IslandId) -> Option<&Island> {
        self.islands.iter().find(|island| island.id == id)
    }

    /// An exercise by id, with the island it is on.
    pub fn exercise(&self, id: &str) -> Option<(&Island, &Exercise)> {
        self.islands.iter().find_map(|island| {
            island
                .exercises
                .iter()
                .find(|e| e.id == id)
                .map(|exercise| (island, exercise))
        })
    }

    /// The relation with this id, if this pack knows it.
    pub fn relation(&self, id: &str) -> Option<&Choice> {
        self.relations.iter().find(|r| r.id == id)
    }

    /// The label of a relation id, or the id itself if this pack does not know it.
    pub fn relation_label<'a>(&'a self, id: &'a str) -> &'a str {
        self.relation(id).map_or(id, |r| r.label.as_str())
    }

    pub fn exercises(&self) -> impl Iterator<Item = (&Island, &Exercise)> {
        self.islands
            .iter()
            .flat_map(|island| island.exercises.iter().map(move |e| (island, e)))
    }

    /// The island's questions whose answer goes to `feed`, in content order.
    pub fn questions_feeding(
        &self,
        island: IslandId,
        feed: Feed,
    ) -> impl Iterator<Item = &Question> {
        self.island(island)
            .into_iter()
            .flat_map(|i| &i.exercises)
            .flat_map(|e| &e.questions)
            .filter(move |q| q.feeds == Some(feed))
    }
}

impl Exercise {
    pub fn question(&self, id: &str) -> Option<&Question> {
        self.questions.iter().find(|q| q.id == id)
    }

    /// An honest estimate of how long the exercise takes: reading, plus every question.
    pub fn estimated_seconds(&self) -> u32 {
        READING_SECONDS
            + self
                .questions
                .iter()
                .map(Question::estimated_seconds)
                .sum::<u32>()
    }

    /// The estimate in whole minutes, rounded up, as the app shows it.
    pub fn estimated_minutes(&self) -> u32 {
        self.estimated_seconds().div_ceil(60)
    }
}

impl Question {
    pub fn estimated_seconds(&self) -> u32 {
        match &self.input {
            Input::SingleChoice { .. } | Input::MultipleChoice { .. } => TAP_SECONDS,
            Input::Faces | Input::Scale { .. } => TAP_SECONDS,
            Input::CardSort { cards } => CARD_SECONDS * cards.len() as u32,
            // Services and roles are tiles: one tap, no name to type.
            Input::People { .. } => TAP_SECONDS,
            Input::FirstStep { .. } | Input::Text { .. } => TYPING_SECONDS,
        }
    }

    pub fn choice(&self, id: &str) -> Option<&Choice> {
        self.input.choices().iter().find(|c| c.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::sample_pack;
    use super::*;

    #[test]
    fn a_pack_reads_from_json_with_every_question_type() {
        let pack = sample_pack();
        let (island, exercise) = pack.exercise("wonen_nu").unwrap();
        assert_eq!(island.id, IslandId::Wonen);
        let types: Vec<_> = exercise
            .questions
            .iter()
            .map(|q| q.input.type_name())
            .collect();
        assert_eq!(
            types,
            [
                "faces",
                "single_choice",
                "multiple_choice",
                "scale",
                "card_sort",
                "people",
                "first_step",
                "text"
            ]
        );
    }

    #[test]
    fn an_unknown_field_in_a_pack_is_refused() {
        let json = r#"{"language":"nl","texts":{"faces":[],"important":"a","not_now":"b"},
            "relations":[],"islands":[],"colour":"red"}"#;
        assert!(Pack::from_json(json).is_err());
    }

    #[test]
    fn an_unknown_question_type_is_refused() {
        let json = r#"{"id":"q","prompt":"p","input":{"type":"essay"}}"#;
        assert!(serde_json::from_str::<Question>(json).is_err());
    }

    #[test]
    fn island_ids_read_and_write_as_in_the_packs() {
        for island in IslandId::ALL {
            let json = serde_json::to_string(&island).unwrap();
            assert_eq!(json, format!("\"{}\"", island.as_str()));
            assert_eq!(IslandId::from_id(island.as_str()), Some(island));
        }
        assert_eq!(IslandId::from_id("mars"), None);
    }

    #[test]
    fn tap_questions_take_eight_seconds_and_typing_thirty() {
        let pack = sample_pack();
        let (_, exercise) = pack.exercise("wonen_nu").unwrap();
        let seconds: Vec<_> = exercise
            .questions
            .iter()
            .map(Question::estimated_seconds)
            .collect();
        // faces, single, multiple, scale, card sort of 3 cards, people (tiles), first step, text
        assert_eq!(seconds, [8, 8, 8, 8, 24, 8, 30, 30]);
        assert_eq!(exercise.estimated_seconds(), 15 + 124);
        assert_eq!(exercise.estimated_minutes(), 3);
    }

    #[test]
    fn minutes_are_rounded_up() {
        let mut exercise = sample_pack().exercise("wonen_extra").unwrap().1.clone();
        exercise.questions.truncate(0);
        assert_eq!(exercise.estimated_seconds(), READING_SECONDS);
        assert_eq!(exercise.estimated_minutes(), 1);
    }

    #[test]
    fn an_unknown_relation_shows_its_id() {
        let pack = sample_pack();
        assert_eq!(pack.relation_label("clb"), "CLB");
        assert_eq!(pack.relation_label("martian"), "martian");
    }
}
