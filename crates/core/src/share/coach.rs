//! The coach as the phone knows them: the code the youngster typed or opened, and what the
//! mailbox server says about it (`GET /api/mailboxes/{code}`: the only request before consent).

use serde::{Deserialize, Serialize};

/// The characters of a mailbox code (as the server makes them): no 0/O, 1/I/L, 2/Z, 5/S, 8/B.
const CODE_ALPHABET: &[u8] = b"34679ACDEFGHJKMNPQRTUVWXY";
const CODE_LEN: usize = 8;

/// A coach's mailbox: where to send and the key to seal to.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct CoachMailbox {
    /// `ABCD-EFGH`.
    pub code: String,
    /// The coach's name as they registered it ("Sanne, JAC Gent").
    pub name: String,
    /// Standard base64 of the coach's 32-byte X25519 public key.
    pub public_key: String,
}

/// Why a typed code or a look-up answer cannot be used; the app says each in easy words.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CoachError {
    #[error("a code has 8 characters like ACDE-FG34")]
    NotACode,
    #[error("this code belongs to a youngster, not to a coach")]
    NotACoach,
    #[error("the server's answer is not a coach's mailbox: {0}")]
    Unreadable(String),
}

/// The code as people type it (any case, with or without the dash, spaces around) in the form
/// the server gives out: `ACDE-FG34`.
pub fn parse_code(input: &str) -> Result<String, CoachError> {
    let compact: String = input
        .chars()
        .filter(|c| !matches!(c, '-' | ' '))
        .map(|c| c.to_ascii_uppercase())
        .collect();
    if compact.len() != CODE_LEN || !compact.bytes().all(|b| CODE_ALPHABET.contains(&b)) {
        return Err(CoachError::NotACode);
    }
    Ok(format!("{}-{}", &compact[..4], &compact[4..]))
}

/// Why a look-up found no coach to share with, as the youngster is told.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LookupProblem {
    /// What was typed is not a code.
    NotACode,
    /// No mailbox has this code.
    Unknown,
    /// The code is a youngster's mailbox.
    NotACoach,
    /// No answer: no connection, or the server cannot be reached.
    Offline,
    /// The server answered something else (busy, or broken): try again later.
    Failed,
}

/// What the look-up's answer (`None`: no answer at all) means.
pub fn read_lookup(reply: Option<(u16, &str)>) -> Result<CoachMailbox, LookupProblem> {
    match reply {
        None => Err(LookupProblem::Offline),
        Some((200, body)) => coach_from_lookup(body).map_err(|e| match e {
            CoachError::NotACoach => LookupProblem::NotACoach,
            _ => LookupProblem::Failed,
        }),
        Some((400, _)) => Err(LookupProblem::NotACode),
        Some((404, _)) => Err(LookupProblem::Unknown),
        Some(_) => Err(LookupProblem::Failed),
    }
}

/// Reads the server's answer to the look-up of a code.
pub fn coach_from_lookup(json: &str) -> Result<CoachMailbox, CoachError> {
    #[derive(Deserialize)]
    struct Lookup {
        code: String,
        kind: String,
        display_name: Option<String>,
        public_key: String,
    }
    let lookup: Lookup =
        serde_json::from_str(json).map_err(|e| CoachError::Unreadable(e.to_string()))?;
    if lookup.kind != "coach" {
        return Err(CoachError::NotACoach);
    }
    if !looks_like_a_key(&lookup.public_key) {
        return Err(CoachError::Unreadable(
            "the public key is not 32 bytes of base64".into(),
        ));
    }
    let name = lookup
        .display_name
        .filter(|name| !name.trim().is_empty())
        .ok_or_else(|| CoachError::Unreadable("a coach's mailbox without a name".into()))?;
    Ok(CoachMailbox {
        code: parse_code(&lookup.code)?,
        name,
        public_key: lookup.public_key,
    })
}

/// 32 bytes in standard base64: 43 characters and one `=`.
fn looks_like_a_key(text: &str) -> bool {
    let Some(body) = text.strip_suffix('=') else {
        return false;
    };
    body.len() == 43
        && body
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'+' || b == b'/')
}

/// URL-safe base64 without padding of random bytes: an item id or an item secret (the server
/// wants at least 16 random bytes for a secret).
pub fn token(random_bytes: &[u8]) -> String {
    const ALPHABET: &[u8; 64] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    let mut out = String::with_capacity(random_bytes.len() * 4 / 3 + 2);
    for chunk in random_bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, &b)| n | (u32::from(b) << (16 - 8 * i)));
        for i in 0..=chunk.len() {
            out.push(ALPHABET[((n >> (18 - 6 * i)) & 63) as usize] as char);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const KEY: &str = "q83vEjRWeJCrze8SNFZ4kKvN7xI0VniQq83vEjRWeJA=";

    #[test]
    fn a_code_is_read_as_people_type_it() {
        for typed in ["ACDE-FG34", "acde-fg34", " acdefg34 ", "ACDE FG34"] {
            assert_eq!(parse_code(typed).as_deref(), Ok("ACDE-FG34"), "{typed:?}");
        }
    }

    #[test]
    fn a_code_with_a_letter_that_codes_never_have_or_the_wrong_length_is_refused() {
        for typed in [
            "",
            "ACDE-FG3",
            "ACDE-FG345",
            "ACDE-FG0O",
            "ACDE-FGIL",
            "ÄCDE-FG34",
        ] {
            assert_eq!(parse_code(typed), Err(CoachError::NotACode), "{typed:?}");
        }
    }

    #[test]
    fn a_coachs_lookup_gives_the_name_the_key_and_the_code() {
        let json = format!(
            r#"{{"code":"ACDE-FG34","kind":"coach","display_name":"Sanne, JAC","public_key":"{KEY}"}}"#
        );
        assert_eq!(
            coach_from_lookup(&json),
            Ok(CoachMailbox {
                code: "ACDE-FG34".into(),
                name: "Sanne, JAC".into(),
                public_key: KEY.into(),
            })
        );
    }

    #[test]
    fn a_youngsters_mailbox_or_a_broken_answer_is_not_a_coach() {
        let youngster = format!(
            r#"{{"code":"ACDE-FG34","kind":"youngster","display_name":null,"public_key":"{KEY}"}}"#
        );
        assert_eq!(coach_from_lookup(&youngster), Err(CoachError::NotACoach));
        for broken in [
            String::from("{"),
            String::from(
                r#"{"code":"ACDE-FG34","kind":"coach","display_name":"S","public_key":"abc="}"#,
            ),
            format!(
                r#"{{"code":"ACDE-FG34","kind":"coach","display_name":" ","public_key":"{KEY}"}}"#
            ),
        ] {
            assert!(
                matches!(coach_from_lookup(&broken), Err(CoachError::Unreadable(_))),
                "{broken}"
            );
        }
    }

    #[test]
    fn each_answer_to_a_look_up_tells_the_youngster_what_to_do() {
        let coach = format!(
            r#"{{"code":"ACDE-FG34","kind":"coach","display_name":"Sanne","public_key":"{KEY}"}}"#
        );
        assert_eq!(read_lookup(Some((200, &coach))).unwrap().name, "Sanne");
        let youngster = coach.replace("\"coach\"", "\"youngster\"");
        assert_eq!(
            read_lookup(Some((200, &youngster))),
            Err(LookupProblem::NotACoach)
        );
        assert_eq!(
            read_lookup(Some((200, "<html>"))),
            Err(LookupProblem::Failed)
        );
        assert_eq!(read_lookup(Some((404, "{}"))), Err(LookupProblem::Unknown));
        assert_eq!(read_lookup(Some((400, "{}"))), Err(LookupProblem::NotACode));
        assert_eq!(read_lookup(Some((429, "{}"))), Err(LookupProblem::Failed));
        assert_eq!(read_lookup(Some((503, "{}"))), Err(LookupProblem::Failed));
        assert_eq!(read_lookup(None), Err(LookupProblem::Offline));
    }

    #[test]
    fn tokens_are_url_safe_base64_without_padding() {
        assert_eq!(token(b""), "");
        assert_eq!(token(b"f"), "Zg");
        assert_eq!(token(b"fo"), "Zm8");
        assert_eq!(token(b"foo"), "Zm9v");
        assert_eq!(token(&[0xfb, 0xff, 0xbf]), "-_-_");
        let secret = token(&[7; 32]);
        assert_eq!(secret.len(), 43);
        assert!(
            secret
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'_')
        );
    }
}
