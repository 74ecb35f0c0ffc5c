//! What the coach's app keeps on the coach's device: the coach's identity (made here, never sent
//! but its public key), the summaries as last fetched (still sealed), private notes per
//! youngster, and the language. One versioned JSON document under its own key, apart from the
//! youngster's app that may share the same origin.

use std::collections::BTreeMap;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};

use super::api::{Registered, SealedItem};
use crate::seal::{KeyError, PublicKey, SecretKey};
use crate::settings::Language;

/// The `localStorage` key of the coach's document (the youngster's are `start-to-can.…`).
pub const COACH_STORAGE_KEY: &str = "start-to-can-coach.state";
/// Where a document this version cannot read is set aside, never wiped (a time follows).
pub const COACH_SET_ASIDE_PREFIX: &str = "start-to-can-coach.unreadable.";
/// The format this version writes.
pub const COACH_FORMAT: u32 = 1;

/// The coach as the mailbox server knows them, and the keys only this device holds.
#[derive(Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoachIdentity {
    /// The name youngsters see before they share ("Sanne, Jongerenwerk Noord").
    pub name: String,
    /// The mailbox's code, as the server gave it ("ACDE-FG34").
    pub code: String,
    /// The origin of the server the mailbox lives on ("https://start.example.be").
    pub server: String,
    /// Standard base64 of the X25519 secret key the summaries are sealed to.
    pub secret_key: String,
    /// The secret that lists the mailbox (`Authorization: Bearer …`).
    pub owner_secret: String,
}

impl std::fmt::Debug for CoachIdentity {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("CoachIdentity")
            .field("name", &self.name)
            .field("code", &self.code)
            .field("server", &self.server)
            .finish_non_exhaustive()
    }
}

impl CoachIdentity {
    /// The identity the server just registered, with the secret key made on this device.
    pub fn new(
        name: &str,
        registered: Registered,
        server: String,
        secret: &SecretKey,
    ) -> CoachIdentity {
        CoachIdentity {
            name: name.trim().to_owned(),
            code: registered.code,
            server,
            secret_key: base64(&secret.to_bytes()),
            owner_secret: registered.owner_secret,
        }
    }

    pub fn secret(&self) -> Result<SecretKey, KeyError> {
        let bytes = STANDARD
            .decode(&self.secret_key)
            .map_err(|_| KeyError::WrongLength(0))?;
        SecretKey::from_bytes(&bytes)
    }

    pub fn public_key(&self) -> Result<PublicKey, KeyError> {
        self.secret().map(|s| s.public_key())
    }

    /// The link to hand out: opening it shows the youngster's app with this code filled in.
    pub fn share_link(&self) -> String {
        share_link(&self.server, &self.code)
    }
}

/// Standard base64, as the server wants keys and ciphertext.
pub fn base64(bytes: &[u8]) -> String {
    STANDARD.encode(bytes)
}

/// `<server>/share?code=<code>`.
pub fn share_link(server: &str, code: &str) -> String {
    format!("{}/share?code={code}", server.trim_end_matches('/'))
}

/// What the move to another device carries: the identity and the notes.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Backup {
    pub identity: CoachIdentity,
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
}

/// The whole document.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoachDocument {
    pub identity: Option<CoachIdentity>,
    /// The mailbox's items as last fetched, still sealed: opened each time they are shown.
    #[serde(default)]
    pub items: Vec<SealedItem>,
    /// When the list was last fetched (RFC 3339).
    #[serde(default)]
    pub fetched_at: Option<String>,
    /// The coach's notes, per item id. Kept only on this device.
    #[serde(default)]
    pub notes: BTreeMap<String, String>,
    #[serde(default)]
    pub language: Option<Language>,
    /// Per item id, the fingerprint of the share as the coach last opened it
    /// ([`super::caseload::Shared::sent`]): a share sent again since then is "changed since I
    /// last looked".
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub seen: BTreeMap<String, String>,
    /// How "my youngsters" is sorted.
    #[serde(default)]
    pub order: ListOrder,
}

/// How "my youngsters" is sorted.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum ListOrder {
    /// The latest change first.
    #[default]
    Latest,
    /// What changed since the coach last looked first (newest first), then the rest.
    ChangedFirst,
}

/// Why a backup was not taken in.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportRefused {
    #[error("this device already holds another coach ({0}); importing would lose it")]
    AnotherCoach(String),
    #[error("the file belongs to the server at {0}; open the coach's app there")]
    OtherServer(String),
}

impl CoachDocument {
    /// Takes in a backup made on another device: the identity, and every note not already here
    /// (a note written here stays). Refused, changing nothing, when this device holds another
    /// coach, or when the backup's mailbox lives on another server than `this_server`.
    pub fn take_in(&mut self, backup: Backup, this_server: &str) -> Result<(), ImportRefused> {
        if backup.identity.server.trim_end_matches('/') != this_server.trim_end_matches('/') {
            return Err(ImportRefused::OtherServer(backup.identity.server));
        }
        if let Some(mine) = &self.identity
            && mine.code != backup.identity.code
        {
            return Err(ImportRefused::AnotherCoach(mine.name.clone()));
        }
        for (id, note) in backup.notes {
            self.notes.entry(id).or_insert(note);
        }
        self.identity = Some(backup.identity);
        Ok(())
    }

    /// What a move to another device carries, when there is an identity.
    pub fn backup(&self) -> Option<Backup> {
        Some(Backup {
            identity: self.identity.clone()?,
            notes: self.notes.clone(),
        })
    }

    /// The list just fetched replaces the one kept: a share the youngster stopped is gone, with
    /// the coach's note about it.
    pub fn take_fetched(&mut self, items: Vec<SealedItem>, fetched_at: String) {
        self.notes
            .retain(|id, _| items.iter().any(|item| &item.id == id));
        self.seen
            .retain(|id, _| items.iter().any(|item| &item.id == id));
        self.items = items;
        self.fetched_at = Some(fetched_at);
    }

    /// The coach opened this share as it was sent (its fingerprint `sent`).
    pub fn mark_seen(&mut self, item_id: &str, sent: &str) {
        self.seen.insert(item_id.to_owned(), sent.to_owned());
    }

    /// Sets the note for an item (an empty note is removed).
    pub fn set_note(&mut self, item_id: &str, note: &str) {
        if note.trim().is_empty() {
            self.notes.remove(item_id);
        } else {
            self.notes.insert(item_id.to_owned(), note.to_owned());
        }
    }

    pub fn to_json(&self) -> String {
        let mut value = serde_json::to_value(self).expect("the document always serialises");
        value["format"] = COACH_FORMAT.into();
        value.to_string()
    }
}

/// Why a stored document was not read.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CoachLoadError {
    #[error("the coach's data was written by a newer version (format {0})")]
    Newer(u32),
    #[error("the coach's data cannot be read: {0}")]
    Unreadable(String),
}

/// Reads a stored document. Only format 1 exists so far; a later format adds its migration here.
pub fn parse_document(text: &str) -> Result<CoachDocument, CoachLoadError> {
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| CoachLoadError::Unreadable(e.to_string()))?;
    let format = value
        .get("format")
        .and_then(serde_json::Value::as_u64)
        .ok_or_else(|| CoachLoadError::Unreadable("it has no format number".into()))?;
    match format {
        1 => serde_json::from_value(value).map_err(|e| CoachLoadError::Unreadable(e.to_string())),
        newer if newer > u64::from(COACH_FORMAT) => Err(CoachLoadError::Newer(
            u32::try_from(newer).unwrap_or(u32::MAX),
        )),
        other => Err(CoachLoadError::Unreadable(format!(
            "format {other} is unknown"
        ))),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn identity(code: &str) -> CoachIdentity {
        CoachIdentity::new(
            "  Sanne ",
            Registered {
                code: code.into(),
                owner_secret: "owner-secret-of-sanne".into(),
            },
            "https://start.example.be".into(),
            &SecretKey::generate(),
        )
    }

    fn item(id: &str) -> SealedItem {
        SealedItem {
            id: id.into(),
            ciphertext: "AQ==".into(),
            updated_at: "2026-11-01T10:00:00Z".into(),
            expires_at: "2027-04-30T10:00:00Z".into(),
        }
    }

    #[test]
    fn a_new_identity_keeps_its_secret_key_and_gives_the_link_to_hand_out() {
        let secret = SecretKey::generate();
        let registered = Registered {
            code: "ACDE-FG34".into(),
            owner_secret: "s".into(),
        };
        let identity = CoachIdentity::new(
            " Sanne ",
            registered,
            "https://start.example.be/".into(),
            &secret,
        );
        assert_eq!(identity.name, "Sanne");
        assert_eq!(identity.public_key().unwrap(), secret.public_key());
        assert_eq!(
            identity.share_link(),
            "https://start.example.be/share?code=ACDE-FG34"
        );
    }

    #[test]
    fn the_debug_output_shows_no_secret() {
        let text = format!("{:?}", identity("ACDE-FG34"));
        assert!(
            text.contains("ACDE-FG34") && !text.contains("owner-secret"),
            "{text}"
        );
    }

    #[test]
    fn the_document_round_trips_with_its_format_number() {
        let mut document = CoachDocument {
            identity: Some(identity("ACDE-FG34")),
            language: Some(Language::Fi),
            ..CoachDocument::default()
        };
        document.take_fetched(vec![item("a")], "2026-11-02T08:00:00Z".into());
        document.set_note("a", "Belt maandag terug");
        let json = document.to_json();
        assert!(json.contains("\"format\":1"), "{json}");
        assert_eq!(parse_document(&json), Ok(document));
    }

    #[test]
    fn the_format_one_fixture_still_reads() {
        let fixture = include_str!("../../tests/fixtures/coach-v1.json");
        let document = parse_document(fixture).unwrap();
        let identity = document.identity.unwrap();
        assert_eq!(identity.code, "ACDE-FG34");
        assert!(identity.secret().is_ok());
        assert_eq!(document.items.len(), 1);
        assert_eq!(
            document.notes["zg3KQ1mPRkK7"],
            "Wil graag in een fietsenwinkel werken."
        );
        assert_eq!(document.language, Some(Language::Nl));
        assert_eq!(document.seen["zg3KQ1mPRkK7"], "5e3a1c0f2b7d9e84");
        assert_eq!(document.order, ListOrder::ChangedFirst);
    }

    #[test]
    fn a_fetched_list_forgets_when_the_coach_looked_at_a_share_that_is_gone() {
        let mut document = CoachDocument::default();
        document.mark_seen("kept", "0123456789abcdef");
        document.mark_seen("stopped", "fedcba9876543210");
        let kept = SealedItem {
            id: "kept".into(),
            ciphertext: "AQ==".into(),
            updated_at: "2026-11-22T09:15:00Z".into(),
            expires_at: "2027-05-19T09:15:00Z".into(),
        };
        document.take_fetched(vec![kept], "2026-11-23T08:00:00Z".into());
        assert_eq!(document.seen.keys().collect::<Vec<_>>(), ["kept"]);
        assert_eq!(
            document.seen["kept"], "0123456789abcdef",
            "not seen again by fetching"
        );
    }

    #[test]
    fn an_unknown_or_newer_format_is_not_read() {
        assert_eq!(
            parse_document(r#"{"format": 3}"#),
            Err(CoachLoadError::Newer(3))
        );
        assert!(matches!(
            parse_document(r#"{"identity": null}"#),
            Err(CoachLoadError::Unreadable(_))
        ));
        assert!(matches!(
            parse_document(r#"{"format": 0}"#),
            Err(CoachLoadError::Unreadable(_))
        ));
        assert!(matches!(
            parse_document("{"),
            Err(CoachLoadError::Unreadable(_))
        ));
    }

    #[test]
    fn a_fetched_list_replaces_the_kept_one_and_a_stopped_share_takes_its_note_along() {
        let mut document = CoachDocument::default();
        document.take_fetched(vec![item("a"), item("b")], "t1".into());
        document.set_note("a", "over a");
        document.set_note("b", "over b");
        document.take_fetched(vec![item("b")], "t2".into());
        assert_eq!(document.items, [item("b")]);
        assert_eq!(document.notes.keys().collect::<Vec<_>>(), ["b"]);
        assert_eq!(document.fetched_at.as_deref(), Some("t2"));
    }

    #[test]
    fn an_empty_note_is_no_note() {
        let mut document = CoachDocument::default();
        document.set_note("a", "iets");
        document.set_note("a", "  \n");
        assert!(document.notes.is_empty());
    }

    #[test]
    fn a_backup_comes_in_with_its_notes_and_keeps_the_notes_already_here() {
        let mine = identity("ACDE-FG34");
        let mut here = CoachDocument::default();
        here.set_note("a", "hier geschreven");
        let backup = Backup {
            identity: mine.clone(),
            notes: BTreeMap::from([
                ("a".into(), "van elders".into()),
                ("b".into(), "ook van elders".into()),
            ]),
        };
        here.take_in(backup.clone(), "https://start.example.be")
            .unwrap();
        assert_eq!(here.identity, Some(mine));
        assert_eq!(here.notes["a"], "hier geschreven");
        assert_eq!(here.notes["b"], "ook van elders");
        assert_eq!(here.backup().unwrap().notes.len(), 2);
        // The same coach again changes nothing.
        let before = here.clone();
        here.take_in(backup, "https://start.example.be/").unwrap();
        assert_eq!(here, before);
    }

    #[test]
    fn a_backup_of_another_coach_or_another_server_is_refused_and_changes_nothing() {
        let mut here = CoachDocument {
            identity: Some(identity("ACDE-FG34")),
            ..CoachDocument::default()
        };
        let before = here.clone();
        let other = Backup {
            identity: identity("HJKM-NP67"),
            notes: BTreeMap::new(),
        };
        assert_eq!(
            here.take_in(other, "https://start.example.be"),
            Err(ImportRefused::AnotherCoach("Sanne".into()))
        );
        let elsewhere = Backup {
            identity: identity("ACDE-FG34"),
            notes: BTreeMap::new(),
        };
        assert_eq!(
            here.take_in(elsewhere, "http://127.0.0.1:8080"),
            Err(ImportRefused::OtherServer(
                "https://start.example.be".into()
            ))
        );
        assert_eq!(here, before);
    }

    #[test]
    fn without_an_identity_there_is_no_backup() {
        assert_eq!(CoachDocument::default().backup(), None);
    }
}
