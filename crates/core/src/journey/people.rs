//! "My people": one list of people, services and roles, reused on every island. A service or
//! a role ("VDAB", "de jobcoach") is one tap and needs no name; a person ("mijn zus Lina") can
//! have a name, but it stays optional.

use serde::{Deserialize, Serialize};

use super::answers::{Answer, AnswerError, tidy};
use super::content::Pack;
use super::state::Journey;

/// The longest name of a person, in characters.
pub const MAX_NAME_CHARS: usize = 40;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PersonId(pub u32);

/// Someone who matters or helps: a relation id from the pack (`clb`, `vriend`, …) and a name.
/// The name is empty for a service or role picked with one tap ("VDAB", "de jobcoach"); there
/// is at most one such entry per relation, shared by every island.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    pub relation: String,
}

impl Person {
    /// A service or role without a name.
    pub fn is_nameless(&self) -> bool {
        self.name.is_empty()
    }

    /// The name to show: the person's name, or the relation's label when there is none.
    pub fn shown_name<'a>(&'a self, pack: &'a Pack) -> &'a str {
        if self.is_nameless() {
            pack.relation_label(&self.relation)
        } else {
            &self.name
        }
    }
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PersonError {
    /// "Iemand anders" says nothing without a name.
    #[error("someone else needs a name")]
    EmptyName,
    #[error("the name has {len} characters, at most {max} fit")]
    NameTooLong { len: usize, max: usize },
    #[error("there is no relation {0:?} in the pack")]
    UnknownRelation(String),
    #[error("there is no person {0:?} in my people")]
    UnknownPerson(PersonId),
}

/// The tidy name (empty for a service or role), or why it does not do.
fn check_person(pack: &Pack, name: &str, relation: &str) -> Result<String, PersonError> {
    let Some(found) = pack.relation(relation) else {
        return Err(PersonError::UnknownRelation(relation.to_owned()));
    };
    match tidy(name, MAX_NAME_CHARS) {
        Ok(Some(name)) => Ok(name),
        Ok(None) if found.other => Err(PersonError::EmptyName),
        Ok(None) => Ok(String::new()),
        Err(AnswerError::TextTooLong { len, max }) => Err(PersonError::NameTooLong { len, max }),
        Err(_) => Err(PersonError::EmptyName),
    }
}

/// One tile of a "who helps me" question.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct HelperTile {
    pub tap: HelperTap,
    /// The relation's label ("VDAB") or the person's name ("Lina").
    pub label: String,
    /// What the service or role is ("Hulp bij werk zoeken"), or a person's relation ("Familie").
    pub example: Option<String>,
    /// The entry of my people the tile stands for; `None` until a relation's tile is first tapped.
    pub person: Option<PersonId>,
}

/// What a tap on a tile does.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub enum HelperTap {
    /// Picks or unpicks the service or role without a name ([`Journey::tap_relation`]).
    Relation(String),
    /// Picks or unpicks someone of my people.
    Person(PersonId),
}

impl HelperTile {
    /// Whether the tile is picked in a people answer.
    pub fn picked_in(&self, picked: &[PersonId]) -> bool {
        self.person.is_some_and(|id| picked.contains(&id))
    }
}

impl Journey {
    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// The service or role without a name that stands for `relation`, once it was picked.
    pub fn nameless(&self, relation: &str) -> Option<PersonId> {
        self.people
            .iter()
            .find(|p| p.is_nameless() && p.relation == relation)
            .map(|p| p.id)
    }

    /// Adds someone to "my people" and returns their id. Without a name it is the relation's
    /// service or role, which is there only once: adding it again gives the same id.
    pub fn add_person(
        &mut self,
        pack: &Pack,
        name: &str,
        relation: &str,
    ) -> Result<PersonId, PersonError> {
        let name = check_person(pack, name, relation)?;
        if name.is_empty()
            && let Some(id) = self.nameless(relation)
        {
            return Ok(id);
        }
        let id = PersonId(self.people.iter().map(|p| p.id.0).max().unwrap_or(0) + 1);
        self.people.push(Person {
            id,
            name,
            relation: relation.to_owned(),
        });
        Ok(id)
    }

    pub fn update_person(
        &mut self,
        pack: &Pack,
        id: PersonId,
        name: &str,
        relation: &str,
    ) -> Result<(), PersonError> {
        let name = check_person(pack, name, relation)?;
        let person = self
            .people
            .iter_mut()
            .find(|p| p.id == id)
            .ok_or(PersonError::UnknownPerson(id))?;
        person.name = name;
        person.relation = relation.to_owned();
        Ok(())
    }

    /// One tap on a relation's tile: `picked` (a people answer) with the relation's service or
    /// role added, or taken out when it was in. The first tap adds it to my people.
    pub fn tap_relation(
        &mut self,
        pack: &Pack,
        picked: &[PersonId],
        relation: &str,
    ) -> Result<Vec<PersonId>, PersonError> {
        let mut picked = picked.to_vec();
        match self.nameless(relation) {
            Some(id) if picked.contains(&id) => picked.retain(|p| *p != id),
            _ => picked.push(self.add_person(pack, "", relation)?),
        }
        Ok(picked)
    }

    /// The tiles of a "who helps me" question: first the relations it suggests (services and
    /// roles, each with what it is), then everyone else of my people. With no suggestions, it
    /// is everyone of my people.
    pub fn helper_tiles(&self, pack: &Pack, suggested: &[String]) -> Vec<HelperTile> {
        let relations = suggested
            .iter()
            .filter_map(|id| pack.relation(id).filter(|r| !r.other))
            .map(|r| HelperTile {
                tap: HelperTap::Relation(r.id.clone()),
                label: r.label.clone(),
                example: r.example.clone(),
                person: self.nameless(&r.id),
            });
        let others = self
            .people
            .iter()
            .filter(|p| !(p.is_nameless() && suggested.contains(&p.relation)))
            .map(|p| {
                let relation = pack.relation(&p.relation);
                HelperTile {
                    tap: HelperTap::Person(p.id),
                    label: p.shown_name(pack).to_owned(),
                    example: if p.is_nameless() {
                        relation.and_then(|r| r.example.clone())
                    } else {
                        Some(pack.relation_label(&p.relation).to_owned())
                    },
                    person: Some(p.id),
                }
            });
        relations.chain(others).collect()
    }

    /// Removes someone, and them from every answer; a people answer left empty is removed too,
    /// so the question shows as not answered yet.
    pub fn remove_person(&mut self, id: PersonId) -> Result<(), PersonError> {
        let before = self.people.len();
        self.people.retain(|p| p.id != id);
        if self.people.len() == before {
            return Err(PersonError::UnknownPerson(id));
        }
        for answers in self.answers.values_mut() {
            answers.retain(|_, answer| match answer {
                Answer::People { people } => {
                    people.retain(|p| *p != id);
                    !people.is_empty()
                }
                Answer::FirstStep { with, .. } => {
                    with.retain(|p| *p != id);
                    true
                }
                _ => true,
            });
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::super::answers::StepWhat;
    use super::super::testing::sample_pack;
    use super::*;

    #[test]
    fn a_person_gets_a_new_id_and_a_trimmed_name() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        let sam = journey.add_person(&pack, "  Sam ", "vriend").unwrap();
        let lies = journey.add_person(&pack, "Lies", "clb").unwrap();
        assert_ne!(sam, lies);
        assert_eq!(journey.person(sam).unwrap().name, "Sam");
    }

    #[test]
    fn a_name_is_optional_but_someone_else_needs_one_and_a_known_relation() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        let friend = journey.add_person(&pack, " ", "vriend").unwrap();
        assert!(journey.person(friend).unwrap().is_nameless());
        assert_eq!(
            journey.add_person(&pack, "", "anders"),
            Err(PersonError::EmptyName)
        );
        assert_eq!(
            journey.add_person(&pack, "Sam", "alien"),
            Err(PersonError::UnknownRelation("alien".into()))
        );
        let long = "x".repeat(MAX_NAME_CHARS + 1);
        assert!(matches!(
            journey.add_person(&pack, &long, "vriend"),
            Err(PersonError::NameTooLong { .. })
        ));
        assert_eq!(journey.people.len(), 1);
    }

    #[test]
    fn a_service_without_a_name_is_in_my_people_once() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        let clb = journey.add_person(&pack, "", "clb").unwrap();
        assert_eq!(journey.add_person(&pack, "  ", "clb"), Ok(clb));
        // A named person of the same relation is someone else.
        let lies = journey.add_person(&pack, "Lies", "clb").unwrap();
        assert_ne!(lies, clb);
        assert_eq!(journey.people.len(), 2);
        assert_eq!(journey.person(clb).unwrap().shown_name(&pack), "CLB");
        assert_eq!(journey.person(lies).unwrap().shown_name(&pack), "Lies");
    }

    #[test]
    fn one_tap_picks_a_service_and_a_second_tap_takes_it_out() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        let picked = journey.tap_relation(&pack, &[], "jobcoach").unwrap();
        let coach = journey.nameless("jobcoach").unwrap();
        assert_eq!(picked, [coach]);
        let sam = journey.add_person(&pack, "Sam", "vriend").unwrap();
        let picked = journey
            .tap_relation(&pack, &[sam, coach], "jobcoach")
            .unwrap();
        assert_eq!(picked, [sam]);
        // Tapped again on another island: the same entry, no second jobcoach.
        assert_eq!(
            journey.tap_relation(&pack, &[], "jobcoach"),
            Ok(vec![coach])
        );
        assert_eq!(journey.people.len(), 2);
        assert_eq!(
            journey.tap_relation(&pack, &[], "anders"),
            Err(PersonError::EmptyName)
        );
        assert_eq!(
            journey.tap_relation(&pack, &[], "alien"),
            Err(PersonError::UnknownRelation("alien".into()))
        );
    }

    #[test]
    fn the_tiles_are_the_suggested_services_then_everyone_else_of_my_people() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        let lina = journey.add_person(&pack, "Lina", "ouder").unwrap();
        let coach = journey.add_person(&pack, "", "jobcoach").unwrap();
        let suggested = ["clb".to_owned(), "jobcoach".to_owned(), "anders".to_owned()];
        let tiles = journey.helper_tiles(&pack, &suggested);
        let shown: Vec<_> = tiles
            .iter()
            .map(|t| (t.label.as_str(), t.example.as_deref(), t.person))
            .collect();
        assert_eq!(
            shown,
            [
                ("CLB", Some("Het CLB van je school"), None),
                ("Jobcoach", None, Some(coach)),
                ("Lina", Some("Ouder"), Some(lina)),
            ]
        );
        assert_eq!(tiles[0].tap, HelperTap::Relation("clb".into()));
        assert_eq!(tiles[2].tap, HelperTap::Person(lina));
        assert!(tiles[1].picked_in(&[coach]) && !tiles[0].picked_in(&[coach]));
        // Without suggestions (a first step's "with whom"): everyone of my people.
        let labels: Vec<_> = journey
            .helper_tiles(&pack, &[])
            .into_iter()
            .map(|t| t.label)
            .collect();
        assert_eq!(labels, ["Lina", "Jobcoach"]);
    }

    #[test]
    fn a_person_can_be_renamed() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        let id = journey.add_person(&pack, "Sam", "vriend").unwrap();
        journey.update_person(&pack, id, "Samira", "ouder").unwrap();
        assert_eq!(journey.person(id).unwrap().relation, "ouder");
        assert_eq!(
            journey.update_person(&pack, PersonId(99), "X", "ouder"),
            Err(PersonError::UnknownPerson(PersonId(99)))
        );
    }

    #[test]
    fn removing_a_person_removes_them_from_answers() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        let sam = journey.add_person(&pack, "Sam", "vriend").unwrap();
        let ex = journey.answers.entry("wonen_nu".into()).or_default();
        ex.insert("q_wie".into(), Answer::People { people: vec![sam] });
        ex.insert(
            "q_stap".into(),
            Answer::FirstStep {
                what: StepWhat::Own("koken".into()),
                with: vec![sam],
                by: None,
            },
        );
        journey.remove_person(sam).unwrap();
        let ex = &journey.answers["wonen_nu"];
        assert!(!ex.contains_key("q_wie"));
        assert_eq!(
            ex["q_stap"],
            Answer::FirstStep {
                what: StepWhat::Own("koken".into()),
                with: vec![],
                by: None
            }
        );
        assert_eq!(
            journey.remove_person(sam),
            Err(PersonError::UnknownPerson(sam))
        );
    }
}
