//! "Vraag het met een link": the youngster's phone asks someone what they see in the youngster
//! through a link, and the reply comes back sealed through the youngster's own mailbox.
//!
//! - [`Invitation`]: what the link carries in its URL fragment (which the server never sees):
//!   the mailbox code and public key, one item id and its secret, the last day it stands, and
//!   the youngster's nickname and avatar. Versioned and validated: a damaged link, one of a
//!   newer format and an expired one each give their own error.
//! - [`ItemMessage`]: what an item in the mailbox holds, sealed: a placeholder the phone puts
//!   when it invites (deleting it withdraws the invitation), or the reply.
//! - [`Invites`]: the phone's side, kept in the state document: its mailbox (made the first
//!   time) and the invitations that still stand.
//!
//! The invited page puts the sealed reply under the invitation's item id: replacing the
//! placeholder (200) means the invitation stood; creating the item (201) means it was withdrawn
//! or already answered, and the page deletes what it put ([`PutAnswer`]).

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use chrono::{Days, NaiveDate};
use serde::{Deserialize, Serialize};

use crate::journey::{Avatar, Journey, PersonId, ReplyError, ReplyWords, Via};
use crate::share::{LeftoverDelete, parse_code, token};

/// The format this version writes into a link and an item.
pub const INVITATION_FORMAT: u32 = 1;
/// An invitation stands this many days, the day it was made included.
pub const INVITATION_DAYS: u64 = 14;
/// A link's fragment longer than this is no invitation of ours (an avatar and a nickname fit
/// many times over).
pub const MAX_FRAGMENT_CHARS: usize = 2_000;

/// What an invitation link carries after `#`.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Invitation {
    pub format: u32,
    /// The youngster's mailbox code ("ACDE-FG34").
    pub code: String,
    /// The youngster's public key (base64), to seal the reply to.
    pub key: String,
    /// The item the reply goes under, and its secret.
    pub item: String,
    pub secret: String,
    /// The last day the invitation stands.
    pub until: NaiveDate,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub nickname: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub avatar: Option<Avatar>,
}

/// Why a link cannot be answered, as the invited person is told.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum InvitationError {
    #[error("this link is damaged: {0}")]
    Damaged(String),
    #[error("this link was made by a newer version of Start To Can (format {found})")]
    NewerFormat { found: u32 },
    #[error("this invitation ended on {until}")]
    Expired { until: NaiveDate },
}

impl Invitation {
    /// The fragment of the link (without `#`): the invitation's JSON as URL-safe base64.
    pub fn to_fragment(&self) -> String {
        token(
            serde_json::to_string(self)
                .expect("an invitation is plain data")
                .as_bytes(),
        )
    }

    /// Reads a link's fragment (with or without `#`) on `today`: a damaged, newer or expired
    /// one is refused with its own error.
    pub fn from_fragment(fragment: &str, today: NaiveDate) -> Result<Invitation, InvitationError> {
        let damaged = |why: &str| InvitationError::Damaged(why.to_owned());
        let fragment = fragment.trim().trim_start_matches('#');
        if fragment.is_empty() {
            return Err(damaged("there is nothing after #"));
        }
        if fragment.len() > MAX_FRAGMENT_CHARS {
            return Err(damaged("it is too long"));
        }
        let bytes = URL_SAFE_NO_PAD
            .decode(fragment)
            .map_err(|_| damaged("it is not base64"))?;
        #[derive(Deserialize)]
        struct FormatOnly {
            format: u32,
        }
        let FormatOnly { format } =
            serde_json::from_slice(&bytes).map_err(|_| damaged("it has no format number"))?;
        if format > INVITATION_FORMAT {
            return Err(InvitationError::NewerFormat { found: format });
        }
        if format == 0 {
            return Err(damaged("format 0 does not exist"));
        }
        let invitation: Invitation =
            serde_json::from_slice(&bytes).map_err(|e| damaged(&e.to_string()))?;
        invitation.checked(today)
    }

    fn checked(self, today: NaiveDate) -> Result<Invitation, InvitationError> {
        let damaged = |why: &str| InvitationError::Damaged(why.to_owned());
        let code = parse_code(&self.code).map_err(|_| damaged("the code is not a code"))?;
        let key_ok = STANDARD
            .decode(&self.key)
            .is_ok_and(|key| key.len() == crate::seal::KEY_SIZE);
        if !key_ok {
            return Err(damaged("the key is not a key"));
        }
        for (what, value, min) in [("item id", &self.item, 16), ("secret", &self.secret, 22)] {
            let url_safe = value
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_');
            if value.len() < min || value.len() > 64 || !url_safe {
                return Err(damaged(&format!("the {what} is not one")));
            }
        }
        if today > self.until {
            return Err(InvitationError::Expired { until: self.until });
        }
        Ok(Invitation { code, ..self })
    }

    /// The nickname to show, trimmed; `None` when there is none.
    pub fn nickname(&self) -> Option<&str> {
        self.nickname
            .as_deref()
            .map(str::trim)
            .filter(|n| !n.is_empty())
    }
}

/// What a sealed item in the youngster's mailbox holds: as JSON `{"format": 1, "kind":
/// "placeholder"}` or `{"format": 1, "kind": "reply", "words": {...}}`.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum ItemMessage {
    /// Put by the phone when it invites: the invitation stands while it is there.
    Placeholder,
    /// What the invited person said.
    Reply { words: ReplyWords },
}

/// Why an item cannot be read as a reply.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
pub enum ItemError {
    #[error("this item was made by a newer version of Start To Can (format {found})")]
    NewerFormat { found: u32 },
    #[error("this is not a Start To Can item: {0}")]
    Unreadable(String),
    #[error("the reply does not do: {0}")]
    Reply(ReplyError),
}

/// An item as JSON. A plain struct rather than a tagged, flattened enum: serde's buffering for
/// those cost the youngster's app some 7 KB of wasm.
#[derive(Serialize, Deserialize)]
struct ItemJson {
    format: u32,
    kind: ItemKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    words: Option<ReplyWords>,
}

#[derive(Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
enum ItemKind {
    Placeholder,
    Reply,
}

impl ItemMessage {
    /// The JSON that goes sealed into the mailbox.
    pub fn to_json(&self) -> String {
        let (kind, words) = match self {
            ItemMessage::Placeholder => (ItemKind::Placeholder, None),
            ItemMessage::Reply { words } => (ItemKind::Reply, Some(words.clone())),
        };
        serde_json::to_string(&ItemJson {
            format: INVITATION_FORMAT,
            kind,
            words,
        })
        .expect("an item is plain data")
    }

    /// Reads an opened item; a reply's words are checked as any reply's.
    pub fn from_json(json: &str) -> Result<ItemMessage, ItemError> {
        let item: ItemJson =
            serde_json::from_str(json).map_err(|e| ItemError::Unreadable(e.to_string()))?;
        if item.format > INVITATION_FORMAT {
            return Err(ItemError::NewerFormat { found: item.format });
        }
        match (item.kind, item.words) {
            (ItemKind::Reply, Some(words)) => Ok(ItemMessage::Reply {
                words: words.checked().map_err(ItemError::Reply)?,
            }),
            (ItemKind::Reply, None) => Err(ItemError::Unreadable("a reply without words".into())),
            (ItemKind::Placeholder, _) => Ok(ItemMessage::Placeholder),
        }
    }
}

/// The invited page's reply, checked before it is sealed: a reply too long, or empty, is refused
/// here with the part to change, and nothing leaves the browser.
pub fn reply_item(words: ReplyWords) -> Result<String, ReplyError> {
    Ok(ItemMessage::Reply {
        words: words.checked()?,
    }
    .to_json())
}

/// What the server's answer to the invited page's put means.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PutAnswer {
    /// 200: the placeholder was replaced: the youngster gets the reply.
    Delivered,
    /// 201: there was no placeholder: withdrawn or already answered. The page deletes what it
    /// put and says so.
    NotStanding,
    /// 409: the mailbox is full; nothing was put.
    Full,
    /// 403 (the item exists with another secret), 404 (no such mailbox) and the rest.
    Refused,
}

impl PutAnswer {
    pub fn of_status(status: u16) -> PutAnswer {
        match status {
            200 => PutAnswer::Delivered,
            201 => PutAnswer::NotStanding,
            409 => PutAnswer::Full,
            _ => PutAnswer::Refused,
        }
    }
}

/// Where the invited person's page is served, under the app's origin.
pub const INVITE_PATH: &str = "/invite/";

/// The link for `invitation` on the app at `origin` (`https://start.example.be`): the page of
/// the invited person, with the invitation after `#`.
pub fn invite_link(origin: &str, invitation: &Invitation) -> String {
    format!(
        "{}{INVITE_PATH}#{}",
        origin.trim_end_matches('/'),
        invitation.to_fragment()
    )
}

/// Why the server's answer to a registration or a listing cannot be used.
#[derive(Clone, Debug, PartialEq, Eq, thiserror::Error)]
#[error("the server's answer is not what was asked: {0}")]
pub struct UnexpectedAnswer(String);

impl OwnMailbox {
    /// The mailbox the server made (its `201` body: `code` and `owner_secret`) for the key
    /// pair the phone made.
    pub fn registered(
        body: &str,
        public_key: String,
        secret_key: String,
    ) -> Result<OwnMailbox, UnexpectedAnswer> {
        #[derive(Deserialize)]
        struct Registered {
            code: String,
            owner_secret: String,
        }
        let answer: Registered =
            serde_json::from_str(body).map_err(|e| UnexpectedAnswer(e.to_string()))?;
        let code = parse_code(&answer.code).map_err(|e| UnexpectedAnswer(e.to_string()))?;
        Ok(OwnMailbox {
            code,
            public_key,
            secret_key,
            owner_secret: answer.owner_secret,
        })
    }
}

/// One item of the phone's mailbox as the server lists it: its id and the sealed bytes
/// (base64).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct ListedItem {
    pub id: String,
    pub ciphertext: String,
}

/// The items of a listing (`{"items": [...]}`), oldest change first.
pub fn listed_items(body: &str) -> Result<Vec<ListedItem>, UnexpectedAnswer> {
    #[derive(Deserialize)]
    struct Listing {
        items: Vec<ListedItem>,
    }
    serde_json::from_str::<Listing>(body)
        .map(|l| l.items)
        .map_err(|e| UnexpectedAnswer(e.to_string()))
}

/// The youngster's own mailbox, made the first time they invite someone with a link.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct OwnMailbox {
    pub code: String,
    /// Base64, as the server and the sealing module want them.
    pub public_key: String,
    pub secret_key: String,
    /// Lists and deletes the items; the server saw it only once.
    pub owner_secret: String,
}

/// One invitation that stands: its item, for whom, until when.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SentInvite {
    pub item_id: String,
    pub item_secret: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub person: Option<PersonId>,
    pub made_on: NaiveDate,
    pub until: NaiveDate,
}

/// The phone's side of invitations with a link.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(default)]
pub struct Invites {
    #[serde(skip_serializing_if = "Option::is_none")]
    pub mailbox: Option<OwnMailbox>,
    /// The invitations that stand, oldest first.
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub standing: Vec<SentInvite>,
}

impl Invites {
    pub fn is_empty(&self) -> bool {
        self.mailbox.is_none() && self.standing.is_empty()
    }

    /// A new invitation for `person`, from two random tokens: kept here, and the link's
    /// [`Invitation`] for it. `None` without a mailbox yet.
    pub fn invite(
        &mut self,
        person: Option<PersonId>,
        (item_id, item_secret): (String, String),
        avatar: Option<&Avatar>,
        today: NaiveDate,
    ) -> Option<Invitation> {
        let mailbox = self.mailbox.as_ref()?;
        let until = today + Days::new(INVITATION_DAYS - 1);
        let invitation = Invitation {
            format: INVITATION_FORMAT,
            code: mailbox.code.clone(),
            key: mailbox.public_key.clone(),
            item: item_id.clone(),
            secret: item_secret.clone(),
            until,
            nickname: avatar
                .and_then(|a| a.nickname.as_ref())
                .map(|n| n.as_str().to_owned()),
            avatar: avatar.cloned(),
        };
        self.standing.push(SentInvite {
            item_id,
            item_secret,
            person,
            made_on: today,
            until,
        });
        Some(invitation)
    }

    pub fn find(&self, item_id: &str) -> Option<&SentInvite> {
        self.standing.iter().find(|i| i.item_id == item_id)
    }

    /// Withdraws an invitation (the phone deletes its item): it no longer stands here.
    pub fn withdraw(&mut self, item_id: &str) -> Option<SentInvite> {
        let at = self.standing.iter().position(|i| i.item_id == item_id)?;
        Some(self.standing.remove(at))
    }

    /// "Delete everything": the items of the invitations that stand (a placeholder, or a
    /// reply not fetched yet) to delete from the server, each with its own secret, as the
    /// left-over deletes of the coaches' copies are.
    pub fn items_to_delete(&self) -> Vec<LeftoverDelete> {
        let Some(mailbox) = &self.mailbox else {
            return Vec::new();
        };
        self.standing
            .iter()
            .map(|i| LeftoverDelete::new(&mailbox.code, &i.item_id, &i.item_secret))
            .collect()
    }

    /// The invitations past their last day, whose items the phone deletes.
    pub fn expired(&self, today: NaiveDate) -> Vec<String> {
        self.standing
            .iter()
            .filter(|i| today > i.until)
            .map(|i| i.item_id.clone())
            .collect()
    }
}

/// What the phone does with an item it fetched and opened.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Fetched {
    /// A new reply, kept on the phone as a discovery: delete the item from the server.
    Kept(u32),
    /// The placeholder of an invitation that stands: leave it.
    Waiting,
    /// Not one of ours any more (withdrawn, expired) or unreadable: delete it from the server.
    Dropped,
}

/// Takes an item the phone fetched from its mailbox, opened (`opened` is `None` when it could
/// not be opened). A reply of an invitation that stands becomes a reply of the journey (via
/// the link, for the person invited), and the invitation is done.
pub fn take_item(
    invites: &mut Invites,
    journey: &mut Journey,
    item_id: &str,
    opened: Option<&str>,
    today: NaiveDate,
) -> Fetched {
    let Some(invite) = invites.find(item_id).cloned() else {
        return Fetched::Dropped;
    };
    match opened.map(ItemMessage::from_json) {
        Some(Ok(ItemMessage::Placeholder)) if today <= invite.until => Fetched::Waiting,
        Some(Ok(ItemMessage::Reply { words })) => {
            invites.withdraw(item_id);
            match journey.receive_reply(invite.person, words, Via::Link, today) {
                Ok(id) => Fetched::Kept(id),
                Err(_) => Fetched::Dropped,
            }
        }
        _ => {
            invites.withdraw(item_id);
            Fetched::Dropped
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::journey::Pick;

    const KEY: &str = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=";

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2027, 4, d).unwrap()
    }

    fn invites() -> Invites {
        Invites {
            mailbox: Some(OwnMailbox {
                code: "ACDE-FG34".into(),
                public_key: KEY.into(),
                secret_key: "c2VjcmV0".into(),
                owner_secret: "owner".into(),
            }),
            standing: Vec::new(),
        }
    }

    fn tokens(n: u8) -> (String, String) {
        (token(&[n; 16]), token(&[n + 1; 32]))
    }

    fn robin() -> Avatar {
        serde_json::from_str(r#"{"nickname": "Robin", "hair": "hijab"}"#).unwrap()
    }

    fn words(message: &str) -> ReplyWords {
        ReplyWords {
            from: "Oma".into(),
            strengths: vec![Pick::Listed("kind".into())],
            help: Vec::new(),
            message: Some(message.into()),
        }
    }

    #[test]
    fn an_invitation_goes_through_its_link_and_stands_fourteen_days() {
        let mut phone = invites();
        let invitation = phone
            .invite(Some(PersonId(2)), tokens(1), Some(&robin()), day(1))
            .unwrap();
        assert_eq!(invitation.until, day(14));
        assert_eq!(invitation.nickname(), Some("Robin"));
        let fragment = invitation.to_fragment();
        assert!(
            fragment
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        );
        let read = Invitation::from_fragment(&format!("#{fragment}"), day(14)).unwrap();
        assert_eq!(read, invitation);
        assert_eq!(
            Invitation::from_fragment(&fragment, day(15)),
            Err(InvitationError::Expired { until: day(14) })
        );
        assert_eq!(phone.standing[0].person, Some(PersonId(2)));
        assert_eq!(phone.expired(day(14)), Vec::<String>::new());
        assert_eq!(phone.expired(day(15)), vec![invitation.item.clone()]);
    }

    #[test]
    fn the_link_leads_to_the_invited_page_with_the_invitation_after_the_hash() {
        let invitation = invites()
            .invite(None, tokens(1), Some(&robin()), day(1))
            .unwrap();
        let link = invite_link("https://start.example.be/", &invitation);
        let (page, fragment) = link.split_once('#').unwrap();
        assert_eq!(page, "https://start.example.be/invite/");
        assert_eq!(Invitation::from_fragment(fragment, day(2)), Ok(invitation));
    }

    #[test]
    fn the_servers_registration_and_listing_are_read_and_a_strange_answer_refused() {
        let made = OwnMailbox::registered(
            r#"{"code":"acde-fg34","owner_secret":"s3cret","kind":"youngster","display_name":null}"#,
            KEY.into(),
            "c2VjcmV0".into(),
        )
        .unwrap();
        assert_eq!(made.code, "ACDE-FG34");
        assert_eq!(made.owner_secret, "s3cret");
        assert_eq!(made.public_key, KEY);
        assert!(OwnMailbox::registered(r#"{"code":"nope"}"#, KEY.into(), "x".into()).is_err());
        assert!(
            OwnMailbox::registered(
                r#"{"code":"0000","owner_secret":"s"}"#,
                KEY.into(),
                "x".into()
            )
            .is_err()
        );
        let items = listed_items(
            r#"{"items":[{"id":"a1","ciphertext":"AAA=","updated_at":"x","expires_at":"y"}]}"#,
        )
        .unwrap();
        assert_eq!(
            items,
            vec![ListedItem {
                id: "a1".into(),
                ciphertext: "AAA=".into()
            }]
        );
        assert!(listed_items("<html>").is_err());
    }

    #[test]
    fn delete_everything_deletes_the_item_of_every_invitation_that_stands() {
        let mut phone = invites();
        assert!(Invites::default().items_to_delete().is_empty());
        phone.invite(None, tokens(1), None, day(1)).unwrap();
        phone
            .invite(Some(PersonId(3)), tokens(5), None, day(2))
            .unwrap();
        let deletes = phone.items_to_delete();
        assert_eq!(
            deletes,
            vec![
                LeftoverDelete::new("ACDE-FG34", &tokens(1).0, &tokens(1).1),
                LeftoverDelete::new("ACDE-FG34", &tokens(5).0, &tokens(5).1),
            ]
        );
    }

    #[test]
    fn no_invitation_without_a_mailbox() {
        let mut phone = Invites::default();
        assert_eq!(phone.invite(None, tokens(1), None, day(1)), None);
        assert!(phone.is_empty());
    }

    #[test]
    fn a_damaged_link_says_so_and_a_newer_one_says_which() {
        let good = invites()
            .invite(None, tokens(1), Some(&robin()), day(1))
            .unwrap();
        let fragment = good.to_fragment();
        let damaged = |f: &str| {
            matches!(
                Invitation::from_fragment(f, day(2)),
                Err(InvitationError::Damaged(_))
            )
        };
        assert!(damaged(""));
        assert!(damaged("#"));
        assert!(damaged(&fragment[..fragment.len() / 2]));
        assert!(damaged("not base64 at all!"));
        assert!(damaged(&token(b"[1, 2, 3]")));
        assert!(damaged(&"A".repeat(MAX_FRAGMENT_CHARS + 4)));
        let with = |change: &dyn Fn(&mut serde_json::Value)| {
            let mut json = serde_json::to_value(&good).unwrap();
            change(&mut json);
            token(json.to_string().as_bytes())
        };
        assert!(damaged(&with(&|j| j["code"] = "NOPE".into())));
        assert!(damaged(&with(&|j| j["key"] = "c2hvcnQ=".into())));
        assert!(damaged(&with(&|j| j["item"] = "short".into())));
        assert!(damaged(&with(
            &|j| j["secret"] = "has spaces in it, not url-safe".into()
        )));
        assert!(damaged(&with(&|j| j["format"] = 0.into())));
        assert_eq!(
            Invitation::from_fragment(&with(&|j| j["format"] = 2.into()), day(2)),
            Err(InvitationError::NewerFormat { found: 2 })
        );
        // A code typed another way is read as the code.
        let lower = with(&|j| j["code"] = "acdefg34".into());
        assert_eq!(
            Invitation::from_fragment(&lower, day(2)).unwrap().code,
            "ACDE-FG34"
        );
    }

    #[test]
    fn a_reply_too_long_is_refused_before_it_is_sealed() {
        let long = words(&"a".repeat(crate::journey::MAX_MESSAGE_CHARS + 1));
        assert!(matches!(reply_item(long), Err(ReplyError::TooLong { .. })));
        let json = reply_item(words("Ik ben trots op je.")).unwrap();
        assert_eq!(
            ItemMessage::from_json(&json),
            Ok(ItemMessage::Reply {
                words: words("Ik ben trots op je.")
            })
        );
        assert_eq!(
            ItemMessage::from_json(&ItemMessage::Placeholder.to_json()),
            Ok(ItemMessage::Placeholder)
        );
    }

    #[test]
    fn an_item_of_a_newer_format_or_with_words_that_do_not_do_is_not_taken() {
        assert_eq!(
            ItemMessage::from_json(r#"{"format": 2, "kind": "placeholder"}"#),
            Err(ItemError::NewerFormat { found: 2 })
        );
        for unreadable in [
            "{}",
            r#"{"format": 1, "kind": "reply"}"#,
            r#"{"format": 1, "kind": "gift"}"#,
        ] {
            assert!(
                matches!(
                    ItemMessage::from_json(unreadable),
                    Err(ItemError::Unreadable(_))
                ),
                "{unreadable}"
            );
        }
        // The format on the wire, as the invited page writes it and the phone reads it.
        assert_eq!(
            ItemMessage::Placeholder.to_json(),
            r#"{"format":1,"kind":"placeholder"}"#
        );
        let reply = reply_item(words("Hoi")).unwrap();
        assert_eq!(
            reply,
            r#"{"format":1,"kind":"reply","words":{"from":"Oma","strengths":[{"listed":"kind"}],"message":"Hoi"}}"#
        );
        assert_eq!(
            ItemMessage::from_json(&reply),
            Ok(ItemMessage::Reply {
                words: words("Hoi")
            })
        );
        let too_long = format!(
            r#"{{"format": 1, "kind": "reply", "words": {{"from": "Oma", "message": "{}"}}}}"#,
            "a".repeat(crate::journey::MAX_MESSAGE_CHARS + 1)
        );
        assert!(matches!(
            ItemMessage::from_json(&too_long),
            Err(ItemError::Reply(ReplyError::TooLong { .. }))
        ));
    }

    #[test]
    fn the_server_says_whether_the_invitation_stood() {
        assert_eq!(PutAnswer::of_status(200), PutAnswer::Delivered);
        assert_eq!(PutAnswer::of_status(201), PutAnswer::NotStanding);
        assert_eq!(PutAnswer::of_status(409), PutAnswer::Full);
        for status in [400, 403, 404, 413, 429, 500] {
            assert_eq!(PutAnswer::of_status(status), PutAnswer::Refused);
        }
    }

    #[test]
    fn a_fetched_reply_becomes_a_discovery_for_the_person_invited_and_the_invitation_is_done() {
        let mut phone = invites();
        let mut journey = Journey::default();
        let invitation = phone
            .invite(Some(PersonId(2)), tokens(1), None, day(1))
            .unwrap();
        let item = invitation.item.clone();
        let placeholder = ItemMessage::Placeholder.to_json();
        assert_eq!(
            take_item(&mut phone, &mut journey, &item, Some(&placeholder), day(3)),
            Fetched::Waiting
        );
        let reply = reply_item(words("Kiwimarker")).unwrap();
        let Fetched::Kept(id) = take_item(&mut phone, &mut journey, &item, Some(&reply), day(4))
        else {
            panic!("the reply was not kept");
        };
        let kept = &journey.replies[0];
        assert_eq!(kept.id, id);
        assert_eq!(
            (kept.person, kept.via, kept.kept),
            (Some(PersonId(2)), Via::Link, None)
        );
        assert!(phone.standing.is_empty());
        // The same item again (its delete did not reach the server): not kept twice.
        assert_eq!(
            take_item(&mut phone, &mut journey, &item, Some(&reply), day(4)),
            Fetched::Dropped
        );
        assert_eq!(journey.replies.len(), 1);
    }

    #[test]
    fn a_placeholder_past_its_day_or_an_unreadable_item_is_dropped() {
        let mut phone = invites();
        let mut journey = Journey::default();
        let first = phone.invite(None, tokens(1), None, day(1)).unwrap().item;
        let second = phone.invite(None, tokens(3), None, day(1)).unwrap().item;
        let placeholder = ItemMessage::Placeholder.to_json();
        assert_eq!(
            take_item(
                &mut phone,
                &mut journey,
                &first,
                Some(&placeholder),
                day(15)
            ),
            Fetched::Dropped
        );
        assert_eq!(
            take_item(&mut phone, &mut journey, &second, None, day(2)),
            Fetched::Dropped
        );
        assert!(phone.standing.is_empty());
        assert!(journey.replies.is_empty());
    }
}
