//! The mailbox's values, each validated where it is made: once you hold a [`Code`], an
//! [`ItemId`] or a [`Secret`], it is well formed.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

/// The characters of a code: no 0/O, 1/I/L, 2/Z, 5/S or 8/B, so a code read aloud or typed from
/// a note cannot be mistaken.
pub const CODE_ALPHABET: &[u8; 25] = b"34679ACDEFGHJKMNPQRTUVWXY";
const CODE_LEN: usize = 8;

/// A mailbox's short code, `ABCD-EFGH`: given to senders (a link, a QR code, read aloud).
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Code(String);

impl Code {
    /// Accepts the code as people type it: any case, with or without the dash, spaces around.
    pub fn parse(input: &str) -> Result<Code, String> {
        let compact: String = input
            .trim()
            .chars()
            .filter(|c| *c != '-' && *c != ' ')
            .map(|c| c.to_ascii_uppercase())
            .collect();
        if compact.chars().count() != CODE_LEN
            || !compact.bytes().all(|b| CODE_ALPHABET.contains(&b))
        {
            return Err(format!(
                "'{}' is not a mailbox code: a code has 8 characters like ACDE-FG34, made of {}",
                shorten(input),
                std::str::from_utf8(CODE_ALPHABET).expect("ASCII")
            ));
        }
        Ok(Code(format!("{}-{}", &compact[..4], &compact[4..])))
    }

    pub fn random() -> Code {
        let mut code = String::with_capacity(CODE_LEN + 1);
        // 250 is the largest multiple of 25 below 256: taking only bytes under it keeps every
        // character equally likely.
        while code.len() < CODE_LEN + 1 {
            for byte in random_bytes::<16>() {
                if byte < 250 && code.len() < CODE_LEN + 1 {
                    if code.len() == 4 {
                        code.push('-');
                    }
                    code.push(CODE_ALPHABET[usize::from(byte % 25)] as char);
                }
            }
        }
        Code(code)
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// Who owns a mailbox. Only a coach's registration can require a token.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize, utoipa::ToSchema)]
#[serde(rename_all = "lowercase")]
pub enum OwnerKind {
    Coach,
    Youngster,
}

impl OwnerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            OwnerKind::Coach => "coach",
            OwnerKind::Youngster => "youngster",
        }
    }

    pub fn from_stored(text: &str) -> Option<OwnerKind> {
        match text {
            "coach" => Some(OwnerKind::Coach),
            "youngster" => Some(OwnerKind::Youngster),
            _ => None,
        }
    }
}

pub const DISPLAY_NAME_MAX: usize = 60;

/// A coach's name as senders see it before they send ("Sanne, Jongerenwerk Noord").
pub fn parse_display_name(input: &str) -> Result<String, String> {
    let name = input.trim();
    if name.is_empty() {
        return Err("the display name is empty".into());
    }
    if name.chars().count() > DISPLAY_NAME_MAX {
        return Err(format!(
            "the display name is longer than {DISPLAY_NAME_MAX} characters"
        ));
    }
    if name.chars().any(char::is_control) {
        return Err("the display name holds a control character (such as a line break)".into());
    }
    Ok(name.to_string())
}

/// An item's id, chosen by its sender (for example one per youngster and coach).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ItemId(String);

pub const ITEM_ID_MAX: usize = 64;

impl ItemId {
    pub fn parse(input: &str) -> Result<ItemId, String> {
        if input.is_empty() || input.len() > ITEM_ID_MAX || !input.bytes().all(is_url_safe) {
            return Err(format!(
                "'{}' is not an item id: use 1 to {ITEM_ID_MAX} of A-Z, a-z, 0-9, '-' and '_'",
                shorten(input)
            ));
        }
        Ok(ItemId(input.to_string()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// An owner secret, item secret or registration token as sent in `Authorization: Bearer …`:
/// URL-safe base64 of at least 16 random bytes. Only its [`SecretHash`] is stored.
#[derive(Clone)]
pub struct Secret(String);

pub const SECRET_MIN: usize = 22;
pub const SECRET_MAX: usize = 128;

impl Secret {
    pub fn parse(input: &str) -> Result<Secret, String> {
        if !(SECRET_MIN..=SECRET_MAX).contains(&input.len()) || !input.bytes().all(is_url_safe) {
            return Err(format!(
                "a secret is {SECRET_MIN} to {SECRET_MAX} characters of A-Z, a-z, 0-9, '-' and '_' \
                 (URL-safe base64 of at least 16 random bytes)"
            ));
        }
        Ok(Secret(input.to_string()))
    }

    /// 32 fresh random bytes: an owner secret or a registration token.
    pub fn random() -> Secret {
        Secret(URL_SAFE_NO_PAD.encode(random_bytes::<32>()))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The secrets are long random strings, so one SHA-256 is enough: there is nothing to guess
    /// that a slow hash would protect.
    pub fn hash(&self) -> SecretHash {
        SecretHash(Sha256::digest(self.0.as_bytes()).into())
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SecretHash(pub [u8; 32]);

impl SecretHash {
    /// Compares in constant time, so the time taken says nothing about how much matched.
    pub fn matches(&self, stored: &[u8]) -> bool {
        stored.len() == self.0.len() && bool::from(self.0.as_slice().ct_eq(stored))
    }
}

/// An owner's X25519 public key, sent as standard base64 of 32 bytes.
pub fn parse_public_key(input: &str) -> Result<[u8; 32], String> {
    let bytes = STANDARD
        .decode(input)
        .map_err(|_| "the public key is not standard base64".to_string())?;
    stc_core::seal::PublicKey::from_bytes(&bytes)
        .map(|key| key.to_bytes())
        .map_err(|e| format!("the public key is not usable: {e}"))
}

/// A sealed item, sent as standard base64; it must have the shape of `stc_core::seal`'s format,
/// so text sent in the clear by mistake is refused instead of stored.
pub fn parse_sealed_item(input: &str) -> Result<Vec<u8>, String> {
    if input.len() > stc_core::seal::MAX_SEALED_LEN.div_ceil(3) * 4 {
        return Err(format!(
            "the ciphertext is longer than the {} bytes a sealed item can have",
            stc_core::seal::MAX_SEALED_LEN
        ));
    }
    let bytes = STANDARD
        .decode(input)
        .map_err(|_| "the ciphertext is not standard base64".to_string())?;
    stc_core::seal::check_envelope(&bytes)
        .map_err(|e| format!("the ciphertext is not a sealed item: {e}"))?;
    Ok(bytes)
}

fn is_url_safe(b: u8) -> bool {
    b.is_ascii_alphanumeric() || b == b'-' || b == b'_'
}

/// The start of what was sent, for an error message that cannot grow without bound.
fn shorten(input: &str) -> String {
    let mut short: String = input.chars().take(24).collect();
    if short.len() < input.len() {
        short.push('…');
    }
    short
}

fn random_bytes<const N: usize>() -> [u8; N] {
    let mut bytes = [0; N];
    getrandom::getrandom(&mut bytes).expect("the system gives random numbers");
    bytes
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_read_in_any_case_with_or_without_the_dash() {
        for typed in ["ACDE-FG34", "acde-fg34", "ACDEFG34", " acde fg34 "] {
            assert_eq!(Code::parse(typed).unwrap().as_str(), "ACDE-FG34", "{typed}");
        }
    }

    #[test]
    fn a_code_with_a_look_alike_or_the_wrong_length_is_refused() {
        for bad in [
            "ACDE-FG30",
            "ACDE-FGO4",
            "ACDE-FG1L",
            "ACD-FG34",
            "ACDE-FG344",
            "",
            "ÄCDE-FG34",
        ] {
            let error = Code::parse(bad).unwrap_err();
            assert!(error.contains("is not a mailbox code"), "{bad}: {error}");
        }
    }

    #[test]
    fn random_codes_use_only_the_alphabet_and_differ() {
        let codes: Vec<Code> = (0..200).map(|_| Code::random()).collect();
        for code in &codes {
            assert_eq!(Code::parse(code.as_str()).as_ref(), Ok(code));
        }
        let mut unique: Vec<&str> = codes.iter().map(Code::as_str).collect();
        unique.sort_unstable();
        unique.dedup();
        assert_eq!(unique.len(), codes.len());
    }

    #[test]
    fn a_display_name_is_trimmed_and_limited() {
        assert_eq!(parse_display_name("  Sanne  ").unwrap(), "Sanne");
        assert!(parse_display_name("   ").is_err());
        assert!(parse_display_name(&"a".repeat(61)).is_err());
        assert!(parse_display_name("two\nlines").is_err());
    }

    #[test]
    fn item_ids_and_secrets_use_url_safe_characters_only() {
        assert!(ItemId::parse("summary_2026-11").is_ok());
        for bad in ["", "a/b", "a b", "é", &"x".repeat(65)] {
            assert!(ItemId::parse(bad).is_err(), "{bad:?}");
        }
        assert!(Secret::parse(Secret::random().as_str()).is_ok());
        assert!(Secret::parse("short").is_err());
        assert!(Secret::parse(&"a+b/".repeat(8)).is_err());
    }

    #[test]
    fn a_secret_matches_only_its_own_hash() {
        let secret = Secret::random();
        let hash = secret.hash();
        assert!(hash.matches(&secret.hash().0));
        assert!(!hash.matches(&Secret::random().hash().0));
        assert!(!hash.matches(&hash.0[..31]));
    }

    #[test]
    fn a_public_key_must_be_32_bytes_of_base64() {
        let key = stc_core::seal::SecretKey::generate()
            .public_key()
            .to_bytes();
        assert_eq!(parse_public_key(&STANDARD.encode(key)), Ok(key));
        assert!(parse_public_key(&STANDARD.encode([1u8; 31])).is_err());
        assert!(parse_public_key(&STANDARD.encode([0u8; 32])).is_err());
        assert!(parse_public_key("not base64!").is_err());
    }

    #[test]
    fn only_an_item_in_the_sealed_format_is_accepted() {
        let key = stc_core::seal::SecretKey::generate().public_key();
        let sealed = stc_core::seal::seal(&key, b"hello").unwrap();
        assert_eq!(parse_sealed_item(&STANDARD.encode(&sealed)), Ok(sealed));
        let error = parse_sealed_item(&STANDARD.encode("my answers in the clear")).unwrap_err();
        assert!(error.contains("not a sealed item"), "{error}");
        assert!(parse_sealed_item(&"A".repeat(50_000)).is_err());
    }
}
