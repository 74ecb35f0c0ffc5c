//! "My overview": what I want, what I am good at, who can help me, my first steps, and where I am
//! now versus where I want to be — per island and overall, with every label resolved in the
//! pack's language so the app only renders it.

use chrono::NaiveDate;
use serde::{Deserialize, Serialize};

use super::answers::{Answer, StepWhat};
use super::content::{Feed, IslandId, Pack, Question};
use super::people::PersonId;
use super::state::Journey;

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overview {
    /// The pack's language tag: the labels below are in it.
    pub language: String,
    /// Every island of the pack, in map order (check [`IslandOverview::is_empty`]).
    pub islands: Vec<IslandOverview>,
    /// Everything together, each item with the island it comes from.
    pub want: Vec<OverviewItem>,
    pub good_at: Vec<OverviewItem>,
    /// Everyone who can help, once each.
    pub helpers: Vec<Helper>,
    /// Every first step, the soonest first; steps without a date last.
    pub first_steps: Vec<FirstStepLine>,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct IslandOverview {
    pub island: IslandId,
    pub title: String,
    pub want: Vec<String>,
    pub good_at: Vec<String>,
    pub helpers: Vec<Helper>,
    pub first_steps: Vec<FirstStepLine>,
    /// Where I am now, 0–10.
    pub now: Option<u8>,
    /// Where I want to be, 0–10.
    pub wanted: Option<u8>,
    /// "Did this help you get to know yourself better?", 1–7.
    pub evaluation: Option<u8>,
    pub done: usize,
    pub total: usize,
}

impl IslandOverview {
    /// Nothing to show for this island yet.
    pub fn is_empty(&self) -> bool {
        self.want.is_empty()
            && self.good_at.is_empty()
            && self.helpers.is_empty()
            && self.first_steps.is_empty()
            && self.now.is_none()
            && self.wanted.is_none()
            && self.evaluation.is_none()
    }
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OverviewItem {
    pub island: IslandId,
    pub island_title: String,
    pub text: String,
}

/// Someone from "my people", with the label of their relation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Helper {
    pub person: PersonId,
    pub name: String,
    pub relation: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct FirstStepLine {
    pub island: IslandId,
    pub island_title: String,
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
                want: Vec::new(),
                good_at: Vec::new(),
                helpers: Vec::new(),
                first_steps: Vec::new(),
                now: None,
                wanted: None,
                evaluation: journey.evaluations.get(&island.id).copied(),
                done: progress.done,
                total: progress.total,
            };
            for exercise in &island.exercises {
                let Some(answers) = journey.answers.get(&exercise.id) else {
                    continue;
                };
                for question in &exercise.questions {
                    if let (Some(feed), Some(answer)) = (question.feeds, answers.get(&question.id))
                    {
                        add(&mut overview, pack, journey, question, feed, answer);
                    }
                }
            }
            overview
        })
        .collect();

    let items = |pick: fn(&IslandOverview) -> &Vec<String>| -> Vec<OverviewItem> {
        islands
            .iter()
            .flat_map(|i| {
                pick(i).iter().map(|text| OverviewItem {
                    island: i.island,
                    island_title: i.title.clone(),
                    text: text.clone(),
                })
            })
            .collect()
    };
    let want = items(|i| &i.want);
    let good_at = items(|i| &i.good_at);
    let mut helpers: Vec<Helper> = Vec::new();
    for helper in islands.iter().flat_map(|i| &i.helpers) {
        push_helper(&mut helpers, helper.clone());
    }
    let mut first_steps: Vec<FirstStepLine> =
        islands.iter().flat_map(|i| i.first_steps.clone()).collect();
    // Stable sort: steps with the same date keep the map order.
    first_steps.sort_by_key(|step| (step.by.is_none(), step.by));
    Overview {
        language: pack.language.clone(),
        islands,
        want,
        good_at,
        helpers,
        first_steps,
    }
}

fn add(
    overview: &mut IslandOverview,
    pack: &Pack,
    journey: &Journey,
    question: &Question,
    feed: Feed,
    answer: &Answer,
) {
    let helper = |id: &PersonId| {
        journey.person(*id).map(|p| Helper {
            person: p.id,
            name: p.name.clone(),
            relation: pack.relation_label(&p.relation).to_owned(),
        })
    };
    match (feed, answer) {
        (Feed::Now, Answer::Scale { value }) => {
            overview.now.get_or_insert(*value);
        }
        (Feed::Wanted, Answer::Scale { value }) => {
            overview.wanted.get_or_insert(*value);
        }
        (Feed::Helpers, Answer::People { people }) => {
            for person in people.iter().filter_map(helper) {
                push_helper(&mut overview.helpers, person);
            }
        }
        (Feed::FirstStep, Answer::FirstStep { what, with, by }) => {
            let what = match what {
                StepWhat::Suggestion(id) => question.choice(id).map(|c| c.label.clone()),
                StepWhat::Own(text) => Some(text.clone()),
            };
            let Some(what) = what else { return };
            let with: Vec<Helper> = with.iter().filter_map(helper).collect();
            for person in &with {
                push_helper(&mut overview.helpers, person.clone());
            }
            overview.first_steps.push(FirstStepLine {
                island: overview.island,
                island_title: overview.title.clone(),
                what,
                with,
                by: *by,
            });
        }
        (Feed::Want | Feed::GoodAt, answer) => {
            let list = if feed == Feed::Want {
                &mut overview.want
            } else {
                &mut overview.good_at
            };
            for label in labels(question, answer) {
                if !list.contains(&label) {
                    list.push(label);
                }
            }
        }
        _ => {}
    }
}

/// The words an answer stands for: choice labels, or the youngster's own words for
/// "something else" (which says nothing on its own and is left out without them).
fn labels(question: &Question, answer: &Answer) -> Vec<String> {
    let label = |id: &String, other_text: &Option<String>| {
        let choice = question.choice(id)?;
        if choice.other {
            other_text.clone()
        } else {
            Some(choice.label.clone())
        }
    };
    match answer {
        Answer::SingleChoice { choice, other_text } => {
            label(choice, other_text).into_iter().collect()
        }
        Answer::MultipleChoice {
            choices,
            other_text,
        } => choices
            .iter()
            .filter_map(|c| label(c, other_text))
            .collect(),
        Answer::CardSort { important, .. } => {
            important.iter().filter_map(|c| label(c, &None)).collect()
        }
        Answer::Text { text } => vec![text.clone()],
        _ => Vec::new(),
    }
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

    #[test]
    fn an_empty_journey_gives_an_empty_overview_for_every_island() {
        let overview = build_overview(&sample_pack(), &Journey::default());
        assert_eq!(overview.islands.len(), 2);
        assert!(overview.islands.iter().all(IslandOverview::is_empty));
        assert!(
            overview.want.is_empty()
                && overview.helpers.is_empty()
                && overview.first_steps.is_empty()
        );
    }

    #[test]
    fn what_i_want_collects_cards_texts_and_choices_in_content_order() {
        let (pack, journey, ..) = answered();
        let overview = build_overview(&pack, &journey);
        // "Iets anders…" without own words says nothing and is left out.
        assert_eq!(
            island(&overview, IslandId::Wonen).want,
            ["Leren koken", "Een tuin"]
        );
        assert_eq!(island(&overview, IslandId::Werk).want, ["ICT"]);
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
        assert!(
            !wonen
                .want
                .iter()
                .chain(&wonen.good_at)
                .any(|t| t == "Alleen")
        );
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
        assert_eq!(wonen.helpers, [lies_helper.clone(), sam_helper.clone()]);
        // Overall, Lies helps on two islands but is listed once.
        assert_eq!(overview.helpers, [lies_helper, sam_helper]);
    }

    #[test]
    fn first_steps_resolve_suggestions_and_sort_by_date_overall() {
        let (pack, journey, sam, _) = answered();
        let overview = build_overview(&pack, &journey);
        let wonen = island(&overview, IslandId::Wonen);
        assert_eq!(wonen.first_steps[0].what, "Eén gerecht leren koken");
        assert_eq!(wonen.first_steps[0].with[0].person, sam);
        let overall: Vec<_> = overview
            .first_steps
            .iter()
            .map(|s| (s.what.as_str(), s.island_title.as_str(), s.by))
            .collect();
        assert_eq!(
            overall,
            [
                ("CV maken", "Werk", Some(day(12))),
                ("Eén gerecht leren koken", "Wonen", Some(day(20)))
            ]
        );
    }

    #[test]
    fn now_and_wanted_and_the_evaluation_are_shown_per_island() {
        let (pack, mut journey, ..) = answered();
        journey.evaluate(IslandId::Wonen, 6).unwrap();
        let overview = build_overview(&pack, &journey);
        let wonen = island(&overview, IslandId::Wonen);
        assert_eq!(
            (wonen.now, wonen.wanted, wonen.evaluation),
            (Some(4), Some(8), Some(6))
        );
        let werk = island(&overview, IslandId::Werk);
        assert_eq!((werk.now, werk.wanted, werk.evaluation), (None, None, None));
    }

    #[test]
    fn overall_lists_carry_the_island_they_come_from() {
        let (pack, journey, ..) = answered();
        let overview = build_overview(&pack, &journey);
        let want: Vec<_> = overview
            .want
            .iter()
            .map(|i| (i.island, i.text.as_str()))
            .collect();
        assert_eq!(
            want,
            [
                (IslandId::Wonen, "Leren koken"),
                (IslandId::Wonen, "Een tuin"),
                (IslandId::Werk, "ICT")
            ]
        );
        assert_eq!(overview.good_at[0].island_title, "Wonen");
    }

    #[test]
    fn skipped_answers_and_removed_people_leave_no_trace() {
        let (pack, mut journey, sam, lies) = answered();
        journey.clear_answer("wonen_nu", "q_droom");
        journey.skip(&pack, "wonen_nu", "q_droom").unwrap();
        journey.remove_person(lies).unwrap();
        let overview = build_overview(&pack, &journey);
        let wonen = island(&overview, IslandId::Wonen);
        assert_eq!(wonen.want, ["Leren koken"]);
        assert_eq!(
            overview
                .helpers
                .iter()
                .map(|h| h.person)
                .collect::<Vec<_>>(),
            [sam]
        );
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
}
