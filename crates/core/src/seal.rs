//! The sealing format for everything a youngster sends through the mailbox server: a message is
//! sealed to the owner's X25519 public key with libsodium's sealed box (`crypto_box` with its
//! `seal` feature: an ephemeral key pair, XSalsa20-Poly1305), so only the owner's secret key opens
//! it and the server holds bytes it cannot read. No cryptography is made here; this module only
//! frames it:
//!
//! ```text
//! sealed  = version (1 byte, FORMAT_VERSION) || crypto_box_seal(padded)
//! padded  = length of the message (4 bytes, big-endian) || message || zero bytes
//! ```
//!
//! `padded` is exactly one of [`BUCKETS`] long, so the size of a sealed message says only which
//! bucket its length falls in, not the length itself.

use crypto_box::aead::OsRng;

/// The first byte of every sealed message; a later format gets a new number.
pub const FORMAT_VERSION: u8 = 1;
/// The size of a public or secret key, in bytes.
pub const KEY_SIZE: usize = crypto_box::KEY_SIZE;
/// The padded sizes a message is rounded up to (length field included).
pub const BUCKETS: [usize; 6] = [1024, 2048, 4096, 8192, 16384, 32768];
/// The longest message that can be sealed.
pub const MAX_MESSAGE_LEN: usize = BUCKETS[BUCKETS.len() - 1] - LENGTH_FIELD;
/// The ephemeral public key and the authentication tag the sealed box adds.
const SEALED_BOX_OVERHEAD: usize = crypto_box::SEALBYTES;
/// The version byte and the sealed box's own bytes on top of the padded message.
pub const OVERHEAD: usize = 1 + SEALED_BOX_OVERHEAD;
/// The length of the longest sealed message.
pub const MAX_SEALED_LEN: usize = OVERHEAD + BUCKETS[BUCKETS.len() - 1];
const LENGTH_FIELD: usize = 4;

/// An owner's public key: what senders seal to.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PublicKey(crypto_box::PublicKey);

/// An owner's secret key: it never leaves the owner's device. Its bytes are wiped on drop.
#[derive(Clone)]
pub struct SecretKey(crypto_box::SecretKey);

impl std::fmt::Debug for SecretKey {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretKey(…)")
    }
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum KeyError {
    #[error("a key is {KEY_SIZE} bytes, not {0}")]
    WrongLength(usize),
    #[error("a public key of only zero bytes is not a usable key")]
    AllZero,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SealError {
    #[error("the message is {len} bytes; at most {MAX_MESSAGE_LEN} bytes can be sealed")]
    TooLong { len: usize },
    #[error("the message could not be sealed (no random numbers available)")]
    Failed,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum OpenError {
    #[error("the sealed message is empty")]
    Empty,
    #[error(
        "the message was sealed in format version {0}, which this version cannot open (it knows version {FORMAT_VERSION})"
    )]
    UnknownVersion(u8),
    #[error(
        "the sealed message is {0} bytes long, which no sealed message is: it was cut short or has bytes added"
    )]
    WrongLength(usize),
    #[error(
        "the message cannot be opened with this key: it was sealed for another key, or its bytes were changed"
    )]
    NotForThisKeyOrChanged,
    #[error("the opened message has a damaged length field")]
    DamagedLength,
}

impl PublicKey {
    /// Reads a key of exactly [`KEY_SIZE`] bytes.
    pub fn from_bytes(bytes: &[u8]) -> Result<PublicKey, KeyError> {
        let key = crypto_box::PublicKey::from_slice(bytes)
            .map_err(|_| KeyError::WrongLength(bytes.len()))?;
        if key.as_bytes().iter().all(|&b| b == 0) {
            return Err(KeyError::AllZero);
        }
        Ok(PublicKey(key))
    }

    pub fn to_bytes(&self) -> [u8; KEY_SIZE] {
        self.0.to_bytes()
    }
}

impl SecretKey {
    /// A fresh random key, from the system's (or the browser's) random numbers.
    pub fn generate() -> SecretKey {
        SecretKey(crypto_box::SecretKey::generate(&mut OsRng))
    }

    /// Reads a key of exactly [`KEY_SIZE`] bytes (for example from the owner's exported identity).
    pub fn from_bytes(bytes: &[u8]) -> Result<SecretKey, KeyError> {
        crypto_box::SecretKey::from_slice(bytes)
            .map(SecretKey)
            .map_err(|_| KeyError::WrongLength(bytes.len()))
    }

    pub fn to_bytes(&self) -> [u8; KEY_SIZE] {
        self.0.to_bytes()
    }

    pub fn public_key(&self) -> PublicKey {
        PublicKey(self.0.public_key())
    }
}

/// Seals `message` so that only the holder of `recipient`'s secret key can open it.
pub fn seal(recipient: &PublicKey, message: &[u8]) -> Result<Vec<u8>, SealError> {
    let bucket = bucket_for(message.len()).ok_or(SealError::TooLong { len: message.len() })?;
    let mut padded = Vec::with_capacity(bucket);
    // `bucket_for` keeps the length below 32 KiB, so it fits the field.
    padded.extend_from_slice(&(message.len() as u32).to_be_bytes());
    padded.extend_from_slice(message);
    padded.resize(bucket, 0);
    let sealed_box = recipient
        .0
        .seal(&mut OsRng, &padded)
        .map_err(|_| SealError::Failed)?;
    let mut sealed = Vec::with_capacity(1 + sealed_box.len());
    sealed.push(FORMAT_VERSION);
    sealed.extend_from_slice(&sealed_box);
    Ok(sealed)
}

/// Opens a message sealed by [`seal`] with the recipient's secret key.
pub fn open(secret: &SecretKey, sealed: &[u8]) -> Result<Vec<u8>, OpenError> {
    check_envelope(sealed)?;
    let padded = secret
        .0
        .unseal(&sealed[1..])
        .map_err(|_| OpenError::NotForThisKeyOrChanged)?;
    let (length_field, rest) = padded.split_at(LENGTH_FIELD);
    let length = u32::from_be_bytes(length_field.try_into().expect("four bytes")) as usize;
    if length > rest.len() {
        return Err(OpenError::DamagedLength);
    }
    Ok(rest[..length].to_vec())
}

/// What can be checked without the key: a known version and the length of a sealed bucket. The
/// server uses this to refuse anything that is not a sealed message (for example text sent in
/// the clear by mistake).
pub fn check_envelope(sealed: &[u8]) -> Result<(), OpenError> {
    let (&version, _) = sealed.split_first().ok_or(OpenError::Empty)?;
    if version != FORMAT_VERSION {
        return Err(OpenError::UnknownVersion(version));
    }
    if !BUCKETS
        .iter()
        .any(|bucket| OVERHEAD + bucket == sealed.len())
    {
        return Err(OpenError::WrongLength(sealed.len()));
    }
    Ok(())
}

/// The smallest bucket that holds a message of `len` bytes with its length field.
fn bucket_for(len: usize) -> Option<usize> {
    BUCKETS
        .iter()
        .copied()
        .find(|&bucket| len + LENGTH_FIELD <= bucket)
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn keys() -> (SecretKey, PublicKey) {
        let secret = SecretKey::generate();
        let public = secret.public_key();
        (secret, public)
    }

    #[test]
    fn a_sealed_message_opens_with_the_recipients_secret_key() {
        let (secret, public) = keys();
        let message = "Mijn overzicht: wonen gaat goed, werk is spannend.".as_bytes();
        let sealed = seal(&public, message).unwrap();
        assert_eq!(open(&secret, &sealed).unwrap(), message);
    }

    #[test]
    fn the_empty_message_and_each_bucket_edge_round_trip() {
        let (secret, public) = keys();
        for len in [0, 1, 1020, 1021, 2044, 2045, 16380, MAX_MESSAGE_LEN] {
            let message: Vec<u8> = (0..len).map(|i| (i % 251) as u8).collect();
            let sealed = seal(&public, &message).unwrap();
            assert_eq!(open(&secret, &sealed).unwrap(), message, "{len} bytes");
        }
    }

    #[test]
    fn the_size_of_a_sealed_message_is_its_bucket_not_its_length() {
        let (_, public) = keys();
        let short = seal(&public, b"ja").unwrap();
        let longer = seal(&public, &[b'x'; 900]).unwrap();
        assert_eq!(short.len(), OVERHEAD + 1024);
        assert_eq!(longer.len(), short.len());
        assert_eq!(seal(&public, &[0; 1021]).unwrap().len(), OVERHEAD + 2048);
        assert_eq!(
            seal(&public, &[0; MAX_MESSAGE_LEN]).unwrap().len(),
            MAX_SEALED_LEN
        );
    }

    #[test]
    fn sealing_the_same_message_twice_gives_different_bytes() {
        let (_, public) = keys();
        assert_ne!(
            seal(&public, b"same").unwrap(),
            seal(&public, b"same").unwrap()
        );
    }

    #[test]
    fn a_message_that_is_too_long_is_refused_with_its_length() {
        let (_, public) = keys();
        let error = seal(&public, &vec![0; MAX_MESSAGE_LEN + 1]).unwrap_err();
        assert_eq!(
            error,
            SealError::TooLong {
                len: MAX_MESSAGE_LEN + 1
            }
        );
        assert!(error.to_string().contains("32764"), "{error}");
    }

    #[test]
    fn another_key_cannot_open_it() {
        let (_, public) = keys();
        let (other_secret, _) = keys();
        let sealed = seal(&public, b"for the coach only").unwrap();
        assert_eq!(
            open(&other_secret, &sealed),
            Err(OpenError::NotForThisKeyOrChanged)
        );
    }

    #[test]
    fn a_changed_byte_anywhere_after_the_version_is_noticed() {
        let (secret, public) = keys();
        let sealed = seal(&public, b"do not change me").unwrap();
        for position in [1, 20, 33, 40, 49, 500, sealed.len() - 1] {
            let mut tampered = sealed.clone();
            tampered[position] ^= 0x01;
            assert_eq!(
                open(&secret, &tampered),
                Err(OpenError::NotForThisKeyOrChanged),
                "byte {position}"
            );
        }
    }

    #[test]
    fn a_cut_or_lengthened_message_is_refused_by_its_length() {
        let (secret, public) = keys();
        let sealed = seal(&public, b"whole").unwrap();
        for len in [1, 2, OVERHEAD, sealed.len() - 1] {
            assert_eq!(
                open(&secret, &sealed[..len]),
                Err(OpenError::WrongLength(len)),
                "{len} bytes"
            );
        }
        let mut longer = sealed.clone();
        longer.push(0);
        assert_eq!(
            open(&secret, &longer),
            Err(OpenError::WrongLength(sealed.len() + 1))
        );
        assert_eq!(open(&secret, &[]), Err(OpenError::Empty));
    }

    #[test]
    fn an_unknown_format_version_is_named_in_the_error() {
        let (secret, public) = keys();
        let mut sealed = seal(&public, b"from the future").unwrap();
        sealed[0] = 2;
        let error = open(&secret, &sealed).unwrap_err();
        assert_eq!(error, OpenError::UnknownVersion(2));
        assert!(error.to_string().contains("version 2"), "{error}");
    }

    #[test]
    fn the_envelope_check_accepts_sealed_messages_and_refuses_plain_text() {
        let (_, public) = keys();
        assert_eq!(check_envelope(&seal(&public, b"ok").unwrap()), Ok(()));
        let plain = format!("\u{1}{}", "a".repeat(OVERHEAD + 1023));
        assert_eq!(
            check_envelope(plain.as_bytes()),
            Ok(()),
            "only the shape is checked, as the server cannot do more"
        );
        assert_eq!(
            check_envelope(b"{\"answers\": [\"in the clear\"]}"),
            Err(OpenError::UnknownVersion(b'{'))
        );
    }

    #[test]
    fn keys_have_exactly_thirty_two_bytes_and_a_public_key_is_not_zero() {
        assert_eq!(
            PublicKey::from_bytes(&[7; 31]),
            Err(KeyError::WrongLength(31))
        );
        assert_eq!(PublicKey::from_bytes(&[0; 32]), Err(KeyError::AllZero));
        assert!(SecretKey::from_bytes(&[7; 33]).is_err());
        let secret = SecretKey::generate();
        let again = SecretKey::from_bytes(&secret.to_bytes()).unwrap();
        assert_eq!(again.public_key(), secret.public_key());
        let public = PublicKey::from_bytes(&secret.public_key().to_bytes()).unwrap();
        assert_eq!(public, secret.public_key());
    }

    #[test]
    fn a_secret_key_does_not_show_its_bytes_in_debug_output() {
        assert_eq!(format!("{:?}", SecretKey::generate()), "SecretKey(…)");
    }

    proptest! {
        #![proptest_config(ProptestConfig::with_cases(64))]
        #[test]
        fn any_message_up_to_the_limit_round_trips(message in proptest::collection::vec(any::<u8>(), 0..5000)) {
            let (secret, public) = keys();
            let sealed = seal(&public, &message).unwrap();
            prop_assert!(check_envelope(&sealed).is_ok());
            prop_assert_eq!(open(&secret, &sealed).unwrap(), message);
        }
    }
}
