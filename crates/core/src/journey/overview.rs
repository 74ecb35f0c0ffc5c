//! "My overview": the youngster's story on one page. First what matters most (their own top
//! three, or three suggestions until they pick), then one short block per started island: where I
//! am now and want to be, up to three wants, what goes well, who helps, the first step — and the
//! rest for "meer". Every label is resolved in the pack's language, so a view only renders it
//! (the app's overview, and later the coach's summary, show the same thing).

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::answers::Answer;
use super::content::{Feed, IslandId, Pack, Question};
use super::growth::{Reading, StepOutcome, latest, step_text};
use super::highlights::{WantRef, suggest};
use super::others::OthersSay;
use super::people::PersonId;
use super::state::Journey;

/// An island's short block shows this many wants and this many things that go well.
pub const SHORT_LIST: usize = 3;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overview {
    /// The pack's language tag: the labels below are in it.
    pub language: String,
    pub top_three: TopThree,
    /// Every island of the pack, in map order (check [`IslandOverview::is_started`]).
    pub islands: Vec<IslandOverview>,
    /// "Wat anderen in mij zien": the replies the youngster kept, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub others: Vec<OthersSay>,
}

/// "Wat is nu het belangrijkste voor jou?"
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopThree {
    pub items: Vec<TopItem>,
    /// The youngster picked nothing yet: these are the app's suggestions, and must say so.
    pub suggested: bool,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct TopItem {
    pub want: Want,
    pub island_title: String,
    /// The first step that goes with it: from the same exercise if it has one, else the
    /// island's soonest.
    pub first_step: Option<FirstStepLine>,
}

/// Something the youngster wants, with what identifies it for picking and starring.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Want {
    pub key: WantRef,
    pub island: IslandId,
    pub text: String,
    pub starred: bool,
    /// In the youngster's own top three.
    pub top: bool,
}

/// A question, for filling its answer from the overview.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionRef {
    pub exercise: String,
    pub question: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IslandOverview {
    pub island: IslandId,
    pub title: String,
    /// Starred first, then in content order.
    pub wants: Vec<Want>,
    /// What goes well: what I am good at, what already works.
    pub good_at: Vec<String>,
    /// What suits me: preferences and interests.
    pub likes: Vec<String>,
    /// What my money goes to.
    pub money: Vec<String>,
    pub helpers: Vec<Helper>,
    /// The island's "who helps me" question, so "Wie mij kan helpen" can be filled from here.
    pub helpers_question: Option<QuestionRef>,
    /// The soonest first; steps without a date last.
    pub first_steps: Vec<FirstStepLine>,
    /// Where I am now, 0–10.
    pub now: Option<u8>,
    /// Where I want to be, 0–10.
    pub wanted: Option<u8>,
    /// "Did this help you get to know yourself better?", 1–7.
    pub evaluation: Option<u8>,
    /// Now and later over time: the first reading, then every check-in ("Hoe staat het nu?").
    /// `now` and `wanted` above are the newest.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub readings: Vec<Reading>,
    /// First steps that worked, or partly: small steps forward, oldest first.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub achievements: Vec<Achievement>,
    pub done: usize,
    pub total: usize,
}

impl IslandOverview {
    /// Nothing to show for this island yet.
    pub fn is_empty(&self) -> bool {
        self.wants.is_empty()
            && self.good_at.is_empty()
            && self.likes.is_empty()
            && self.money.is_empty()
            && self.helpers.is_empty()
            && self.first_steps.is_empty()
            && self.now.is_none()
            && self.wanted.is_none()
            && self.evaluation.is_none()
            && self.achievements.is_empty()
    }

    /// Started or finished: the island gets a block.
    pub fn is_started(&self) -> bool {
        self.done > 0 || !self.is_empty()
    }

    /// How far "later" is above "now", when both are given.
    pub fn gap(&self) -> Option<i8> {
        Some(self.wanted? as i8 - self.now? as i8)
    }

    /// The wants the short block shows.
    pub fn short_wants(&self) -> &[Want] {
        &self.wants[..self.wants.len().min(SHORT_LIST)]
    }

    /// The wants "meer" unfolds.
    pub fn more_wants(&self) -> &[Want] {
        &self.wants[self.short_wants().len()..]
    }

    pub fn short_good_at(&self) -> &[String] {
        &self.good_at[..self.good_at.len().min(SHORT_LIST)]
    }

    pub fn more_good_at(&self) -> &[String] {
        &self.good_at[self.short_good_at().len()..]
    }

    /// The step the short block shows: the soonest.
    pub fn first_step(&self) -> Option<&FirstStepLine> {
        self.first_steps.first()
    }

    pub fn more_steps(&self) -> &[FirstStepLine] {
        self.first_steps.get(1..).unwrap_or_default()
    }

    /// Whether "meer" has anything to unfold.
    pub fn has_more(&self) -> bool {
        !self.more_wants().is_empty()
            || !self.more_good_at().is_empty()
            || !self.more_steps().is_empty()
            || !self.likes.is_empty()
            || !self.money.is_empty()
            || self.evaluation.is_some()
    }
}

/// Someone from "my people", with the label of their relation. A service or role without a
/// name has the relation's label as its name ("VDAB").
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Helper {
    pub person: PersonId,
    pub name: String,
    pub relation: String,
}

impl Helper {
    /// One of "my people" as a helper, by their shown name and the relation's label.
    pub(crate) fn of(pack: &Pack, journey: &Journey, id: PersonId) -> Option<Helper> {
        journey.person(id).map(|p| Helper {
            person: p.id,
            name: p.shown_name(pack).to_owned(),
            relation: pack.relation_label(&p.relation).to_owned(),
        })
    }

    /// "Sam (Jobcoach)", or "VDAB" alone for a service or role without a name.
    pub fn label(&self) -> String {
        if self.name == self.relation {
            self.name.clone()
        } else {
            format!("{} ({})", self.name, self.relation)
        }
    }
}

/// A first step that was followed up and worked, at least partly.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Achievement {
    pub what: String,
    pub outcome: StepOutcome,
    /// The day it was followed up.
    pub on: NaiveDate,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FirstStepLine {
    pub island: IslandId,
    pub exercise: String,
    /// The question it answers: with the exercise, where to follow it up ("Is het gelukt?").
    #[serde(default)]
    pub question: String,
    pub what: String,
    pub with: Vec<Helper>,
    pub by: Option<NaiveDate>,
}

/// Builds the overview from the answers, in the pack's language.
pub fn build_overview(pack: &Pack, journey: &Journey) -> Overview {
    let islands: Vec<IslandOverview> = pack
        .islands
        .iter()
        .map(|island| {
            let progress = journey.island_progress(pack, island.id);
            let mut overview = IslandOverview {
                island: island.id,
                title: island.title.clone(),
                wants: Vec::new(),
                good_at: Vec::new(),
                likes: Vec::new(),
                money: Vec::new(),
                helpers: Vec::new(),
                helpers_question: None,
                first_steps: Vec::new(),
                now: None,
                wanted: None,
                evaluation: journey.evaluations.get(&island.id).copied(),
                readings: journey.readings(pack, island.id),
                achievements: achievements(pack, journey, island.id),
                done: progress.done,
                total: progress.total,
            };
            for exercise in &island.exercises {
                for question in &exercise.questions {
                    if question.feeds == Some(Feed::Helpers) && overview.helpers_question.is_none()
                    {
                        overview.helpers_question = Some(QuestionRef {
                            exercise: exercise.id.clone(),
                            question: question.id.clone(),
                        });
                    }
                    let answer = journey
                        .answers
                        .get(&exercise.id)
                        .and_then(|a| a.get(&question.id));
                    if let (Some(feed), Some(answer)) = (question.feeds, answer) {
                        add(
                            &mut overview,
                            pack,
                            journey,
                            &exercise.id,
                            question,
                            feed,
                            answer,
                        );
                    }
                }
            }
            (overview.now, overview.wanted) = latest(&overview.readings);
            // Stable sorts: equal keys keep the content order.
            overview.wants.sort_by_key(|w| !w.starred);
            overview
                .first_steps
                .sort_by_key(|step| (step.by.is_none(), step.by));
            overview
        })
        .collect();
    Overview {
        language: pack.language.clone(),
        top_three: top_three(&islands, &journey.top_three),
        islands,
        others: journey.kept_replies().map(OthersSay::of).collect(),
    }
}

/// The island's followed-up steps that worked at least partly, oldest first.
fn achievements(pack: &Pack, journey: &Journey, island: IslandId) -> Vec<Achievement> {
    journey
        .past_steps
        .iter()
        .filter(|step| step.outcome.is_achievement())
        .filter(|step| journey.island_of(pack, step) == Some(island))
        .filter_map(|step| {
            Some(Achievement {
                what: step_text(pack, &step.exercise, &step.question, &step.what)?,
                outcome: step.outcome,
                on: step.on,
            })
        })
        .collect()
}

/// The picks in the order picked (a pick whose answer changed since has no want and drops
/// out), or suggestions when there are none.
fn top_three(islands: &[IslandOverview], picked: &[WantRef]) -> TopThree {
    let item = |want: &Want| {
        let island = islands.iter().find(|i| i.island == want.island)?;
        let first_step = island
            .first_steps
            .iter()
            .find(|s| s.exercise == want.key.exercise)
            .or_else(|| island.first_step())
            .cloned();
        Some(TopItem {
            want: want.clone(),
            island_title: island.title.clone(),
            first_step,
        })
    };
    let chosen: Vec<&Want> = picked
        .iter()
        .filter_map(|key| {
            islands
                .iter()
                .flat_map(|i| &i.wants)
                .find(|w| w.key == *key)
        })
        .collect();
    if chosen.is_empty() {
        return TopThree {
            items: suggest(islands).into_iter().filter_map(item).collect(),
            suggested: true,
        };
    }
    TopThree {
        items: chosen.into_iter().filter_map(item).collect(),
        suggested: false,
    }
}

/// Every want given, in map and content order, with its island and text.
pub(crate) fn wants_of(pack: &Pack, journey: &Journey) -> Vec<(IslandId, WantRef, String)> {
    pack.exercises()
        .flat_map(|(island, exercise)| {
            exercise.questions.iter().flat_map(move |question| {
                let answer = journey
                    .answers
                    .get(&exercise.id)
                    .and_then(|a| a.get(&question.id));
                match (question.feeds, answer) {
                    (Some(Feed::Want), Some(answer)) => labels(question, answer)
                        .into_iter()
                        .map(|(choice, text)| {
                            (
                                island.id,
                                WantRef::new(&exercise.id, &question.id, choice.as_deref()),
                                text,
                            )
                        })
                        .collect(),
                    _ => Vec::new(),
                }
            })
        })
        .collect()
}

fn add(
    overview: &mut IslandOverview,
    pack: &Pack,
    journey: &Journey,
    exercise: &str,
    question: &Question,
    feed: Feed,
    answer: &Answer,
) {
    let helper = |id: &PersonId| Helper::of(pack, journey, *id);
    match (feed, answer) {
        (Feed::Helpers, Answer::People { people }) => {
            for person in people.iter().filter_map(helper) {
                push_helper(&mut overview.helpers, person);
            }
        }
        (Feed::FirstStep, Answer::FirstStep { what, with, by }) => {
            let Some(what) = what.text(question) else {
                return;
            };
            let with: Vec<Helper> = with.iter().filter_map(helper).collect();
            for person in &with {
                push_helper(&mut overview.helpers, person.clone());
            }
            overview.first_steps.push(FirstStepLine {
                island: overview.island,
                exercise: exercise.to_owned(),
                question: question.id.clone(),
                what,
                with,
                by: *by,
            });
        }
        (Feed::Want, answer) => {
            for (choice, text) in labels(question, answer) {
                let key = WantRef::new(exercise, &question.id, choice.as_deref());
                if overview.wants.iter().any(|w| w.text == text) {
                    continue;
                }
                overview.wants.push(Want {
                    starred: journey.starred.contains(&key),
                    top: journey.top_three.contains(&key),
                    island: overview.island,
                    key,
                    text,
                });
            }
        }
        (Feed::GoodAt | Feed::Likes | Feed::Money, answer) => {
            let list = match feed {
                Feed::GoodAt => &mut overview.good_at,
                Feed::Likes => &mut overview.likes,
                _ => &mut overview.money,
            };
            for (_, text) in labels(question, answer) {
                if !list.contains(&text) {
                    list.push(text);
                }
            }
        }
        _ => {}
    }
}

/// The words an answer stands for, in the question's order, each with its choice id (`None` for
/// a text answer): choice labels, or the youngster's own words for "something else" (which says
/// nothing on its own and is left out without them).
pub(crate) fn labels(question: &Question, answer: &Answer) -> Vec<(Option<String>, String)> {
    if let Answer::Text { text } = answer {
        return vec![(None, text.clone())];
    }
    let other_text = match answer {
        Answer::SingleChoice { other_text, .. } | Answer::MultipleChoice { other_text, .. } => {
            other_text.as_ref()
        }
        _ => None,
    };
    question
        .input
        .choices()
        .iter()
        .filter(|choice| answer.picked(&choice.id))
        .filter_map(|choice| {
            let text = if choice.other {
                other_text?.clone()
            } else {
                choice.label.clone()
            };
            Some((Some(choice.id.clone()), text))
        })
        .collect()
}

fn push_helper(helpers: &mut Vec<Helper>, helper: Helper) {
    if !helpers.iter().any(|h| h.person == helper.person) {
        helpers.push(helper);
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::sample_pack;
    use super::*;
    use crate::journey::StepWhat;

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 3, d).unwrap()
    }

    /// A journey through `wonen_nu`, `wonen_extra` and `werk_droom` with people Sam and Lies.
    fn answered() -> (Pack, Journey, PersonId, PersonId) {
        let pack = sample_pack();
        let mut j = Journey::default();
        let sam = j.add_person(&pack, "Sam", "vriend").unwrap();
        let lies = j.add_person(&pack, "Lies", "clb").unwrap();
        let mut answer = |exercise: &str, question: &str, answer: Answer| {
            j.answer(&pack, exercise, question, answer, day(1)).unwrap();
        };
        answer(
            "wonen_nu",
            "q_waar",
            Answer::SingleChoice {
                choice: "alleen".into(),
                other_text: None,
            },
        );
        answer(
            "wonen_nu",
            "q_leuk",
            Answer::MultipleChoice {
                choices: vec!["rust".into(), "anders".into()],
                other_text: Some("Mijn kat".into()),
            },
        );
        answer("wonen_nu", "q_nu", Answer::Scale { value: 4 });
        answer(
            "wonen_nu",
            "q_belangrijk",
            Answer::CardSort {
                important: vec!["koken".into()],
                not_now: vec!["sparen".into()],
            },
        );
        answer("wonen_nu", "q_wie", Answer::People { people: vec![lies] });
        answer(
            "wonen_nu",
            "q_stap",
            Answer::FirstStep {
                what: StepWhat::Suggestion("koken_leren".into()),
                with: vec![sam],
                by: Some(day(20)),
            },
        );
        answer(
            "wonen_nu",
            "q_droom",
            Answer::Text {
                text: "Een tuin".into(),
            },
        );
        answer("wonen_extra", "q_later", Answer::Scale { value: 8 });
        answer(
            "wonen_extra",
            "q_plek",
            Answer::SingleChoice {
                choice: "anders".into(),
                other_text: None,
            },
        );
        answer(
            "werk_droom",
            "q_sector",
            Answer::MultipleChoice {
                choices: vec!["ict".into()],
                other_text: None,
            },
        );
        answer(
            "werk_droom",
            "q_stap",
            Answer::FirstStep {
                what: StepWhat::Own("CV maken".into()),
                with: vec![lies],
                by: Some(day(12)),
            },
        );
        (pack, j, sam, lies)
    }

    fn island(overview: &Overview, id: IslandId) -> &IslandOverview {
        overview.islands.iter().find(|i| i.island == id).unwrap()
    }

    fn texts(wants: &[Want]) -> Vec<&str> {
        wants.iter().map(|w| w.text.as_str()).collect()
    }

    #[test]
    fn an_empty_journey_gives_an_empty_overview_for_every_island() {
        let overview = build_overview(&sample_pack(), &Journey::default());
        assert_eq!(overview.islands.len(), 2);
        assert!(overview.islands.iter().all(IslandOverview::is_empty));
        assert!(!overview.islands.iter().any(IslandOverview::is_started));
        assert!(overview.top_three.items.is_empty());
    }

    #[test]
    fn wants_collect_cards_texts_and_choices_in_content_order_with_their_keys() {
        let (pack, journey, ..) = answered();
        let overview = build_overview(&pack, &journey);
        // "Iets anders…" without own words says nothing and is left out.
        let wonen = island(&overview, IslandId::Wonen);
        assert_eq!(texts(&wonen.wants), ["Leren koken", "Een tuin"]);
        assert_eq!(
            wonen.wants[0].key,
            WantRef::new("wonen_nu", "q_belangrijk", Some("koken"))
        );
        assert_eq!(
            wonen.wants[1].key,
            WantRef::new("wonen_nu", "q_droom", None)
        );
        assert_eq!(texts(&island(&overview, IslandId::Werk).wants), ["ICT"]);
    }

    #[test]
    fn something_else_shows_the_youngsters_own_words() {
        let (pack, journey, ..) = answered();
        let overview = build_overview(&pack, &journey);
        assert_eq!(
            island(&overview, IslandId::Wonen).good_at,
            ["De rust", "Mijn kat"]
        );
    }

    #[test]
    fn a_question_without_a_feed_stays_out_of_the_overview() {
        let (pack, journey, ..) = answered();
        let wonen = build_overview(&pack, &journey).islands.remove(0);
        assert!(!texts(&wonen.wants).contains(&"Alleen"));
        assert!(!wonen.good_at.iter().any(|t| t == "Alleen"));
    }

    #[test]
    fn preferences_and_spending_feed_their_own_lists_and_never_what_i_want() {
        let (mut pack, journey, ..) = answered();
        let feed = |pack: &mut Pack, exercise: &str, question: &str, feed: Feed| {
            let island = pack
                .islands
                .iter_mut()
                .find(|i| i.exercises.iter().any(|e| e.id == exercise))
                .unwrap();
            let exercise = island
                .exercises
                .iter_mut()
                .find(|e| e.id == exercise)
                .unwrap();
            exercise
                .questions
                .iter_mut()
                .find(|q| q.id == question)
                .unwrap()
                .feeds = Some(feed);
        };
        feed(&mut pack, "wonen_nu", "q_droom", Feed::Likes);
        feed(&mut pack, "werk_droom", "q_sector", Feed::Money);
        let overview = build_overview(&pack, &journey);
        let wonen = island(&overview, IslandId::Wonen);
        assert_eq!(texts(&wonen.wants), ["Leren koken"]);
        assert_eq!(wonen.likes, ["Een tuin"]);
        let werk = island(&overview, IslandId::Werk);
        assert!(werk.wants.is_empty());
        assert_eq!(werk.money, ["ICT"]);
        assert!(werk.has_more(), "likes and money unfold under \"meer\"");
    }

    #[test]
    fn helpers_have_names_and_relation_labels_and_include_first_step_people() {
        let (pack, journey, sam, lies) = answered();
        let overview = build_overview(&pack, &journey);
        let wonen = island(&overview, IslandId::Wonen);
        let lies_helper = Helper {
            person: lies,
            name: "Lies".into(),
            relation: "CLB".into(),
        };
        let sam_helper = Helper {
            person: sam,
            name: "Sam".into(),
            relation: "Vriend of vriendin".into(),
        };
        assert_eq!(wonen.helpers, [lies_helper, sam_helper]);
        assert_eq!(wonen.helpers[0].label(), "Lies (CLB)");
    }

    #[test]
    fn a_service_picked_with_one_tap_is_a_helper_by_its_label() {
        let (pack, mut journey, _, _) = answered();
        let picked = journey.tap_relation(&pack, &[], "jobcoach").unwrap();
        journey
            .answer(
                &pack,
                "wonen_nu",
                "q_wie",
                Answer::People { people: picked },
                day(10),
            )
            .unwrap();
        let overview = build_overview(&pack, &journey);
        let wonen = island(&overview, IslandId::Wonen);
        let labels: Vec<_> = wonen.helpers.iter().map(Helper::label).collect();
        assert_eq!(labels, ["Jobcoach", "Sam (Vriend of vriendin)"]);
    }

    #[test]
    fn every_island_names_its_helpers_question_to_fill_it_from_the_overview() {
        let overview = build_overview(&sample_pack(), &Journey::default());
        assert_eq!(
            island(&overview, IslandId::Wonen).helpers_question,
            Some(QuestionRef {
                exercise: "wonen_nu".into(),
                question: "q_wie".into()
            })
        );
        // The sample's work island asks nobody.
        assert_eq!(island(&overview, IslandId::Werk).helpers_question, None);
    }

    #[test]
    fn first_steps_resolve_suggestions_and_the_soonest_leads() {
        let (pack, journey, sam, _) = answered();
        let overview = build_overview(&pack, &journey);
        let wonen = island(&overview, IslandId::Wonen);
        let step = wonen.first_step().unwrap();
        assert_eq!(step.what, "Eén gerecht leren koken");
        assert_eq!(step.with[0].person, sam);
        assert_eq!(step.by, Some(day(20)));
        assert!(wonen.more_steps().is_empty());
        assert_eq!(
            island(&overview, IslandId::Werk).first_step().unwrap().what,
            "CV maken"
        );
    }

    #[test]
    fn the_short_block_shows_three_wants_and_three_good_things_and_meer_the_rest() {
        let (pack, mut journey, ..) = answered();
        journey
            .answer(
                &pack,
                "wonen_nu",
                "q_belangrijk",
                Answer::CardSort {
                    important: vec!["koken".into(), "sparen".into(), "eigen_plek".into()],
                    not_now: vec![],
                },
                day(1),
            )
            .unwrap();
        let overview = build_overview(&pack, &journey);
        let wonen = island(&overview, IslandId::Wonen);
        assert_eq!(
            texts(wonen.short_wants()),
            ["Leren koken", "Sparen voor huur", "Een eigen plek"]
        );
        assert_eq!(texts(wonen.more_wants()), ["Een tuin"]);
        assert_eq!(wonen.short_good_at(), ["De rust", "Mijn kat"]);
        assert!(wonen.more_good_at().is_empty());
        assert!(wonen.has_more());
        let werk = island(&overview, IslandId::Werk);
        assert!(!werk.has_more(), "one want and one step: nothing to unfold");
    }

    #[test]
    fn the_first_step_next_to_a_top_item_comes_from_its_own_exercise_or_else_the_island() {
        let (pack, mut journey, ..) = answered();
        let tuin = WantRef::new("wonen_nu", "q_droom", None);
        let ict = WantRef::new("werk_droom", "q_sector", Some("ict"));
        journey.toggle_top(&pack, &tuin).unwrap();
        journey.toggle_top(&pack, &ict).unwrap();
        let top = build_overview(&pack, &journey).top_three;
        assert!(!top.suggested);
        let steps: Vec<_> = top
            .items
            .iter()
            .map(|i| {
                (
                    i.want.text.as_str(),
                    i.island_title.as_str(),
                    i.first_step.as_ref().map(|s| s.what.as_str()),
                )
            })
            .collect();
        assert_eq!(
            steps,
            [
                ("Een tuin", "Wonen", Some("Eén gerecht leren koken")),
                ("ICT", "Werk", Some("CV maken"))
            ]
        );
        assert!(top.items.iter().all(|i| i.want.top));
    }

    #[test]
    fn now_and_wanted_and_the_gap_and_the_evaluation_are_shown_per_island() {
        let (pack, mut journey, ..) = answered();
        journey.evaluate(IslandId::Wonen, 6).unwrap();
        let overview = build_overview(&pack, &journey);
        let wonen = island(&overview, IslandId::Wonen);
        assert_eq!(
            (wonen.now, wonen.wanted, wonen.gap(), wonen.evaluation),
            (Some(4), Some(8), Some(4), Some(6))
        );
        let werk = island(&overview, IslandId::Werk);
        assert_eq!((werk.now, werk.wanted, werk.gap()), (None, None, None));
    }

    #[test]
    fn a_zero_score_is_a_score() {
        let (pack, mut journey, ..) = answered();
        journey
            .answer(
                &pack,
                "wonen_nu",
                "q_nu",
                Answer::Scale { value: 0 },
                day(1),
            )
            .unwrap();
        let wonen = build_overview(&pack, &journey).islands.remove(0);
        assert_eq!((wonen.now, wonen.gap()), (Some(0), Some(8)));
    }

    #[test]
    fn skipped_answers_and_removed_people_leave_no_trace() {
        let (pack, mut journey, sam, lies) = answered();
        journey.clear_answer("wonen_nu", "q_droom");
        journey.skip(&pack, "wonen_nu", "q_droom").unwrap();
        journey.remove_person(lies).unwrap();
        let overview = build_overview(&pack, &journey);
        let wonen = island(&overview, IslandId::Wonen);
        assert_eq!(texts(&wonen.wants), ["Leren koken"]);
        assert_eq!(
            wonen.helpers.iter().map(|h| h.person).collect::<Vec<_>>(),
            [sam]
        );
    }

    #[test]
    fn an_island_with_only_a_finished_exercise_is_started() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        journey.skip(&pack, "wonen_extra", "q_later").unwrap();
        journey.finish(&pack, "wonen_extra", day(2)).unwrap();
        let overview = build_overview(&pack, &journey);
        let wonen = island(&overview, IslandId::Wonen);
        assert!(wonen.is_empty() && wonen.is_started());
        assert!(!island(&overview, IslandId::Werk).is_started());
    }

    #[test]
    fn progress_counts_are_in_the_overview() {
        let (pack, mut journey, ..) = answered();
        journey.finish(&pack, "wonen_nu", day(2)).unwrap();
        let overview = build_overview(&pack, &journey);
        let wonen = island(&overview, IslandId::Wonen);
        assert_eq!((wonen.done, wonen.total), (1, 2));
        assert_eq!(overview.language, "nl");
    }

    #[test]
    fn a_check_in_is_the_newest_now_and_later_and_every_reading_is_kept() {
        let (pack, mut j, _, _) = answered();
        for exercise in ["wonen_nu", "wonen_extra"] {
            j.finish(&pack, exercise, day(2)).unwrap();
        }
        j.check_in(&pack, IslandId::Wonen, Some(6), None, day(16))
            .unwrap();
        let overview = build_overview(&pack, &j);
        let wonen = &overview.islands[0];
        assert_eq!((wonen.now, wonen.wanted), (Some(6), Some(8)));
        let line: Vec<_> = wonen.readings.iter().map(|r| (r.on, r.now)).collect();
        assert_eq!(line, [(Some(day(2)), Some(4)), (Some(day(16)), Some(6))]);
    }

    #[test]
    fn steps_that_worked_at_least_partly_are_achievements_and_not_yet_is_not_listed() {
        let (pack, mut j, _, _) = answered();
        let follow = |outcome, next| crate::journey::FollowUp {
            outcome,
            reasons: Vec::new(),
            next,
        };
        let again = Answer::FirstStep {
            what: StepWhat::Own("Soep maken".into()),
            with: Vec::new(),
            by: None,
        };
        j.follow_up(
            &pack,
            "wonen_nu",
            "q_stap",
            follow(StepOutcome::NotYet, Some(again.clone())),
            day(21),
        )
        .unwrap();
        j.follow_up(
            &pack,
            "wonen_nu",
            "q_stap",
            follow(StepOutcome::Done, Some(again)),
            day(25),
        )
        .unwrap();
        let overview = build_overview(&pack, &j);
        let wonen = &overview.islands[0];
        assert_eq!(
            wonen.achievements,
            [Achievement {
                what: "Soep maken".into(),
                outcome: StepOutcome::Done,
                on: day(25)
            }]
        );
        // The step set after it is the island's first step now.
        assert_eq!(
            wonen.first_step().map(|s| s.what.as_str()),
            Some("Soep maken")
        );
    }
}
