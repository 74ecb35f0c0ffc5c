//! "My people": one list of names and relations, reused on every island.

use serde::{Deserialize, Serialize};

use super::answers::{Answer, AnswerError, tidy};
use super::content::Pack;
use super::state::Journey;

/// The longest name of a person, in characters.
pub const MAX_NAME_CHARS: usize = 40;

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct PersonId(pub u32);

/// Someone who matters or helps: a name and a relation id from the pack (`clb`, `vriend`, …).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Person {
    pub id: PersonId,
    pub name: String,
    pub relation: String,
}

#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum PersonError {
    #[error("a person needs a name")]
    EmptyName,
    #[error("the name has {len} characters, at most {max} fit")]
    NameTooLong { len: usize, max: usize },
    #[error("there is no relation {0:?} in the pack")]
    UnknownRelation(String),
    #[error("there is no person {0:?} in my people")]
    UnknownPerson(PersonId),
}

fn check_person(pack: &Pack, name: &str, relation: &str) -> Result<String, PersonError> {
    if !pack.relations.iter().any(|r| r.id == relation) {
        return Err(PersonError::UnknownRelation(relation.to_owned()));
    }
    match tidy(name, MAX_NAME_CHARS) {
        Ok(Some(name)) => Ok(name),
        Ok(None) => Err(PersonError::EmptyName),
        Err(AnswerError::TextTooLong { len, max }) => Err(PersonError::NameTooLong { len, max }),
        Err(_) => Err(PersonError::EmptyName),
    }
}

impl Journey {
    pub fn person(&self, id: PersonId) -> Option<&Person> {
        self.people.iter().find(|p| p.id == id)
    }

    /// Adds someone to "my people" and returns their id.
    pub fn add_person(
        &mut self,
        pack: &Pack,
        name: &str,
        relation: &str,
    ) -> Result<PersonId, PersonError> {
        let name = check_person(pack, name, relation)?;
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
    fn a_person_needs_a_name_and_a_known_relation() {
        let pack = sample_pack();
        let mut journey = Journey::default();
        assert_eq!(
            journey.add_person(&pack, " ", "vriend"),
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
        assert!(journey.people.is_empty());
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
