//! The mailbox server's requests and answers as the coach's app uses them (README, "The mailbox
//! server"), and what each failure means for the coach, so the app only sends and shows.

use serde::{Deserialize, Serialize};

/// `POST /api/mailboxes` for a coach.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct RegisterRequest {
    pub kind: &'static str,
    pub display_name: String,
    /// Standard base64 of the 32-byte X25519 public key.
    pub public_key: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub registration_token: Option<String>,
}

impl RegisterRequest {
    /// A coach's registration; the name is trimmed, an empty token is no token.
    pub fn coach(name: &str, public_key: String, token: Option<&str>) -> RegisterRequest {
        RegisterRequest {
            kind: "coach",
            display_name: name.trim().to_owned(),
            public_key,
            registration_token: token
                .map(str::trim)
                .filter(|t| !t.is_empty())
                .map(str::to_owned),
        }
    }
}

/// The answer to a registration (201).
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct Registered {
    pub code: String,
    pub owner_secret: String,
}

/// One item of `GET /api/mailboxes/{code}/items`, still sealed.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct SealedItem {
    pub id: String,
    /// Standard base64 of the sealed bytes.
    pub ciphertext: String,
    /// RFC 3339, UTC.
    pub updated_at: String,
    pub expires_at: String,
}

#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct ItemList {
    pub items: Vec<SealedItem>,
}

/// Every error answer: `{"error": "…"}`.
#[derive(Clone, Debug, PartialEq, Eq, Deserialize)]
pub struct ErrorBody {
    pub error: String,
}

/// The longest coach's name the server takes.
pub const MAX_NAME_CHARS: usize = 60;

/// Why a name cannot be registered, before asking the server.
#[derive(Debug, Clone, Copy, PartialEq, Eq, thiserror::Error)]
pub enum NameProblem {
    #[error("the name is empty")]
    Empty,
    #[error("the name is longer than {MAX_NAME_CHARS} characters")]
    TooLong,
}

pub fn check_name(name: &str) -> Result<(), NameProblem> {
    match name.trim().chars().count() {
        0 => Err(NameProblem::Empty),
        n if n > MAX_NAME_CHARS => Err(NameProblem::TooLong),
        _ => Ok(()),
    }
}

/// What went wrong with a registration, as the coach is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegisterProblem {
    /// This server wants a registration token and none was given: ask for one.
    TokenNeeded,
    /// The token given is unknown, used or expired (or not a token at all).
    TokenRefused,
    /// Too many registrations from here: try later.
    TooMany,
    /// The server did not answer (offline) or answered something else.
    NoAnswer,
    /// Anything else, with the server's reason.
    Refused(String),
}

/// Reads a failed registration's status and body (`sent_token`: a token was in the request).
pub fn register_problem(status: u16, body: &str, sent_token: bool) -> RegisterProblem {
    let reason = serde_json::from_str::<ErrorBody>(body)
        .map(|b| b.error)
        .unwrap_or_default();
    match status {
        403 if !sent_token => RegisterProblem::TokenNeeded,
        403 => RegisterProblem::TokenRefused,
        400 if sent_token && reason.contains("registration_token") => RegisterProblem::TokenRefused,
        429 => RegisterProblem::TooMany,
        0 | 502..=504 => RegisterProblem::NoAnswer,
        _ if reason.is_empty() => RegisterProblem::Refused(format!("status {status}")),
        _ => RegisterProblem::Refused(reason),
    }
}

/// What went wrong fetching the list, as the coach is told. The summaries kept stay shown.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchProblem {
    /// No answer: offline, or the server is down.
    Offline,
    /// The server no longer has this mailbox (it is removed after a long time unused).
    MailboxGone,
    /// The server does not take this device's secret.
    SecretRefused,
    Other(String),
}

pub fn fetch_problem(status: u16, body: &str) -> FetchProblem {
    match status {
        0 | 502..=504 => FetchProblem::Offline,
        404 => FetchProblem::MailboxGone,
        401 | 403 => FetchProblem::SecretRefused,
        _ => FetchProblem::Other(
            serde_json::from_str::<ErrorBody>(body)
                .map(|b| b.error)
                .unwrap_or_else(|_| format!("status {status}")),
        ),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_registration_is_a_coachs_with_a_trimmed_name_and_no_empty_token() {
        let request = RegisterRequest::coach("  Sanne  ", "a2V5".into(), Some("  "));
        assert_eq!(
            serde_json::to_value(&request).unwrap(),
            serde_json::json!({"kind": "coach", "display_name": "Sanne", "public_key": "a2V5"})
        );
        let with_token = RegisterRequest::coach("Sanne", "a2V5".into(), Some(" tok_en "));
        assert_eq!(with_token.registration_token.as_deref(), Some("tok_en"));
    }

    #[test]
    fn a_name_must_be_there_and_fit() {
        assert_eq!(check_name("   "), Err(NameProblem::Empty));
        assert_eq!(check_name(&"a".repeat(61)), Err(NameProblem::TooLong));
        assert_eq!(check_name(&"é".repeat(60)), Ok(()));
    }

    #[test]
    fn a_refusal_without_a_token_asks_for_one_and_with_one_says_it_is_refused() {
        let body = r#"{"error": "registering a coach here needs a registration_token"}"#;
        assert_eq!(
            register_problem(403, body, false),
            RegisterProblem::TokenNeeded
        );
        assert_eq!(
            register_problem(403, r#"{"error":"unknown"}"#, true),
            RegisterProblem::TokenRefused
        );
        assert_eq!(
            register_problem(
                400,
                r#"{"error": "the registration_token is not valid: too short"}"#,
                true
            ),
            RegisterProblem::TokenRefused
        );
        assert_eq!(register_problem(429, "", false), RegisterProblem::TooMany);
        assert_eq!(register_problem(0, "", false), RegisterProblem::NoAnswer);
        assert_eq!(
            register_problem(400, r#"{"error": "display_name is too long"}"#, false),
            RegisterProblem::Refused("display_name is too long".into())
        );
        assert_eq!(
            register_problem(500, "oops", false),
            RegisterProblem::Refused("status 500".into())
        );
    }

    #[test]
    fn a_failed_list_keeps_the_summaries_and_says_why() {
        assert_eq!(fetch_problem(0, ""), FetchProblem::Offline);
        assert_eq!(fetch_problem(503, ""), FetchProblem::Offline);
        assert_eq!(
            fetch_problem(404, r#"{"error":"no mailbox"}"#),
            FetchProblem::MailboxGone
        );
        assert_eq!(fetch_problem(403, ""), FetchProblem::SecretRefused);
        assert_eq!(
            fetch_problem(429, r#"{"error":"too many requests"}"#),
            FetchProblem::Other("too many requests".into())
        );
    }

    #[test]
    fn the_item_list_is_read_as_the_server_writes_it() {
        let list: ItemList = serde_json::from_str(
            r#"{"items":[{"id":"a1","ciphertext":"AQ==","updated_at":"2026-11-01T10:00:00Z","expires_at":"2027-04-30T10:00:00Z"}]}"#,
        )
        .unwrap();
        assert_eq!(list.items[0].id, "a1");
        assert_eq!(list.items[0].updated_at, "2026-11-01T10:00:00Z");
    }
}
