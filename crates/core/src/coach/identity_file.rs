//! Moving a coach to another device: the identity (keys, owner secret, code, name, server) and
//! the coach's private notes, as one file locked with a passphrase the coach chooses.
//!
//! ```text
//! {"format": "start-to-can/coach-identity", "version": 1,
//!  "kdf": {"algorithm": "argon2id", "memory_kib": 19456, "iterations": 2, "parallelism": 1, "salt": b64},
//!  "cipher": "xchacha20poly1305", "nonce": b64, "ciphertext": b64, "check": b64}
//! ```
//!
//! The key is Argon2id of the passphrase (memory-hard, its settings in the file so they can be
//! raised later); the contents are sealed with XChaCha20-Poly1305 under that key, with the format
//! and version as associated data. `check` is a SHA-256 over everything else in the file: it is
//! not a secret, only so that a damaged file says "damaged" and not "wrong passphrase".

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use chacha20poly1305::aead::{Aead, KeyInit, OsRng, Payload, rand_core::RngCore};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use super::document::Backup;

/// What the file says it is.
pub const FILE_FORMAT: &str = "start-to-can/coach-identity";
/// The version this code writes; a later format gets a higher number.
pub const FILE_VERSION: u32 = 1;
/// The shortest passphrase accepted, in characters.
pub const MIN_PASSPHRASE_CHARS: usize = 10;
const KEY_LEN: usize = 32;
const SALT_LEN: usize = 16;
const NONCE_LEN: usize = 24;
const ALGORITHM: &str = "argon2id";
const CIPHER: &str = "xchacha20poly1305";

/// Argon2id's cost settings.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct KdfCost {
    pub memory_kib: u32,
    pub iterations: u32,
    pub parallelism: u32,
}

impl KdfCost {
    /// OWASP's recommendation for Argon2id (19 MiB, two passes, one lane): about a second in a
    /// phone's browser, and much slower to guess than a plain hash.
    pub const RECOMMENDED: KdfCost = KdfCost {
        memory_kib: 19 * 1024,
        iterations: 2,
        parallelism: 1,
    };
    /// A file may ask for at most this much (a made-up file must not freeze the browser).
    const MAX: KdfCost = KdfCost {
        memory_kib: 256 * 1024,
        iterations: 16,
        parallelism: 4,
    };
    /// Less than this is not a file this app wrote (too cheap to guess).
    const MIN: KdfCost = KdfCost {
        memory_kib: 8 * 1024,
        iterations: 1,
        parallelism: 1,
    };

    fn is_within_bounds(&self) -> bool {
        (Self::MIN.memory_kib..=Self::MAX.memory_kib).contains(&self.memory_kib)
            && (Self::MIN.iterations..=Self::MAX.iterations).contains(&self.iterations)
            && (Self::MIN.parallelism..=Self::MAX.parallelism).contains(&self.parallelism)
    }
}

/// Why a passphrase cannot lock the file.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PassphraseProblem {
    #[error("the passphrase has {0} characters; it needs at least {MIN_PASSPHRASE_CHARS}")]
    TooShort(usize),
    #[error("the two passphrases are not the same")]
    NotTheSame,
}

/// Why a file could not be read. Nothing on the device changes when reading fails.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ImportError {
    #[error("this is not a Start To Can coach file")]
    NotAnIdentityFile,
    #[error(
        "the file was made by a newer version (format {0}); this version reads format {FILE_VERSION}"
    )]
    NewerVersion(u32),
    #[error("the file is damaged: {0}")]
    Damaged(&'static str),
    #[error("the passphrase is not the one this file was locked with")]
    WrongPassphrase,
}

/// Why a file could not be made.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ExportError {
    #[error(transparent)]
    Passphrase(#[from] PassphraseProblem),
    #[error("the file could not be locked: {0}")]
    Failed(String),
}

#[derive(Serialize, Deserialize)]
struct Kdf {
    algorithm: String,
    #[serde(flatten)]
    cost: KdfCost,
    salt: String,
}

#[derive(Serialize, Deserialize)]
struct FileV1 {
    format: String,
    version: u32,
    kdf: Kdf,
    cipher: String,
    nonce: String,
    ciphertext: String,
    check: String,
}

/// Only the fields every version has, to tell the version before reading the rest.
#[derive(Deserialize)]
struct Envelope {
    format: String,
    version: u32,
}

/// Checks a new passphrase and its repetition.
pub fn check_passphrase(passphrase: &str, again: &str) -> Result<(), PassphraseProblem> {
    let chars = passphrase.chars().count();
    if chars < MIN_PASSPHRASE_CHARS {
        return Err(PassphraseProblem::TooShort(chars));
    }
    if passphrase != again {
        return Err(PassphraseProblem::NotTheSame);
    }
    Ok(())
}

/// The file's text for `backup`, locked with `passphrase` (checked with [`check_passphrase`]).
pub fn export(backup: &Backup, passphrase: &str, cost: KdfCost) -> Result<String, ExportError> {
    check_passphrase(passphrase, passphrase)?;
    let mut salt = [0u8; SALT_LEN];
    let mut nonce = [0u8; NONCE_LEN];
    OsRng
        .try_fill_bytes(&mut salt)
        .and_then(|()| OsRng.try_fill_bytes(&mut nonce))
        .map_err(|e| ExportError::Failed(e.to_string()))?;
    lock(backup, passphrase, cost, salt, nonce)
}

fn lock(
    backup: &Backup,
    passphrase: &str,
    cost: KdfCost,
    salt: [u8; SALT_LEN],
    nonce: [u8; NONCE_LEN],
) -> Result<String, ExportError> {
    let key = derive_key(passphrase, &cost, &salt).map_err(ExportError::Failed)?;
    let contents = serde_json::to_vec(backup).map_err(|e| ExportError::Failed(e.to_string()))?;
    let ciphertext = XChaCha20Poly1305::new(&key.into())
        .encrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &contents,
                aad: &associated_data(FILE_VERSION),
            },
        )
        .map_err(|_| ExportError::Failed("encryption failed".into()))?;
    let mut file = FileV1 {
        format: FILE_FORMAT.into(),
        version: FILE_VERSION,
        kdf: Kdf {
            algorithm: ALGORITHM.into(),
            cost,
            salt: STANDARD.encode(salt),
        },
        cipher: CIPHER.into(),
        nonce: STANDARD.encode(nonce),
        ciphertext: STANDARD.encode(ciphertext),
        check: String::new(),
    };
    file.check = check_of(&file);
    serde_json::to_string_pretty(&file).map_err(|e| ExportError::Failed(e.to_string()))
}

/// Reads a file made by [`export`] with its passphrase.
pub fn import(text: &str, passphrase: &str) -> Result<Backup, ImportError> {
    let envelope: Envelope =
        serde_json::from_str(text).map_err(|_| ImportError::NotAnIdentityFile)?;
    if envelope.format != FILE_FORMAT {
        return Err(ImportError::NotAnIdentityFile);
    }
    if envelope.version > FILE_VERSION {
        return Err(ImportError::NewerVersion(envelope.version));
    }
    if envelope.version == 0 {
        return Err(ImportError::Damaged("it has no known version"));
    }
    let file: FileV1 = serde_json::from_str(text)
        .map_err(|_| ImportError::Damaged("a part of it is missing or changed"))?;
    if file.check != check_of(&file) {
        return Err(ImportError::Damaged("its contents do not match its check"));
    }
    if file.kdf.algorithm != ALGORITHM || file.cipher != CIPHER {
        return Err(ImportError::Damaged(
            "it names a method this app does not use",
        ));
    }
    if !file.kdf.cost.is_within_bounds() {
        return Err(ImportError::Damaged("its key settings are out of bounds"));
    }
    let bytes = |field: &str| {
        STANDARD
            .decode(field)
            .map_err(|_| ImportError::Damaged("a part of it is not base64"))
    };
    let salt = bytes(&file.kdf.salt)?;
    let nonce = bytes(&file.nonce)?;
    let ciphertext = bytes(&file.ciphertext)?;
    if salt.len() != SALT_LEN || nonce.len() != NONCE_LEN {
        return Err(ImportError::Damaged("a part of it has the wrong length"));
    }
    let key = derive_key(passphrase, &file.kdf.cost, &salt)
        .map_err(|_| ImportError::Damaged("its key settings are not usable"))?;
    let contents = XChaCha20Poly1305::new(&key.into())
        .decrypt(
            XNonce::from_slice(&nonce),
            Payload {
                msg: &ciphertext,
                aad: &associated_data(file.version),
            },
        )
        .map_err(|_| ImportError::WrongPassphrase)?;
    serde_json::from_slice(&contents)
        .map_err(|_| ImportError::Damaged("its contents cannot be read"))
}

fn derive_key(passphrase: &str, cost: &KdfCost, salt: &[u8]) -> Result<[u8; KEY_LEN], String> {
    let params = argon2::Params::new(
        cost.memory_kib,
        cost.iterations,
        cost.parallelism,
        Some(KEY_LEN),
    )
    .map_err(|e| e.to_string())?;
    let argon2 = argon2::Argon2::new(argon2::Algorithm::Argon2id, argon2::Version::V0x13, params);
    let mut key = [0u8; KEY_LEN];
    argon2
        .hash_password_into(passphrase.as_bytes(), salt, &mut key)
        .map_err(|e| e.to_string())?;
    Ok(key)
}

fn associated_data(version: u32) -> Vec<u8> {
    format!("{FILE_FORMAT} {version}").into_bytes()
}

/// SHA-256 over every other field, in a fixed order, as base64.
fn check_of(file: &FileV1) -> String {
    let mut hash = Sha256::new();
    for part in [
        file.format.as_str(),
        &file.version.to_string(),
        &file.kdf.algorithm,
        &file.kdf.cost.memory_kib.to_string(),
        &file.kdf.cost.iterations.to_string(),
        &file.kdf.cost.parallelism.to_string(),
        &file.kdf.salt,
        &file.cipher,
        &file.nonce,
        &file.ciphertext,
    ] {
        hash.update((part.len() as u64).to_be_bytes());
        hash.update(part.as_bytes());
    }
    STANDARD.encode(hash.finalize())
}

#[cfg(test)]
mod tests {
    use std::collections::BTreeMap;

    use super::*;
    use crate::coach::document::CoachIdentity;

    const PASSPHRASE: &str = "drie losse woorden";

    fn backup() -> Backup {
        Backup {
            identity: CoachIdentity {
                name: "Sanne, Jongerenwerk Noord".into(),
                code: "ACDE-FG34".into(),
                server: "https://start.example.be".into(),
                secret_key: STANDARD.encode([7u8; 32]),
                owner_secret: "b3duZXItc2VjcmV0LW9mLXNhbm5l".into(),
            },
            notes: BTreeMap::from([("item-1".to_owned(), "Wil stage doen".to_owned())]),
        }
    }

    fn file() -> String {
        export(&backup(), PASSPHRASE, KdfCost::RECOMMENDED).unwrap()
    }

    /// The file as JSON, changed by `edit`.
    fn edited(edit: impl FnOnce(&mut serde_json::Value)) -> String {
        let mut value: serde_json::Value = serde_json::from_str(&file()).unwrap();
        edit(&mut value);
        value.to_string()
    }

    #[test]
    fn an_exported_identity_imports_with_its_passphrase() {
        assert_eq!(import(&file(), PASSPHRASE), Ok(backup()));
    }

    #[test]
    fn the_file_says_what_it_is_and_holds_nothing_in_the_clear() {
        let text = file();
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        assert_eq!(value["format"], FILE_FORMAT);
        assert_eq!(value["version"], FILE_VERSION);
        assert_eq!(value["kdf"]["algorithm"], "argon2id");
        assert_eq!(value["kdf"]["memory_kib"], 19456);
        assert_eq!(value["cipher"], "xchacha20poly1305");
        for secret in [
            "Sanne",
            "ACDE-FG34",
            "b3duZXItc2VjcmV0",
            "Wil stage",
            &STANDARD.encode([7u8; 32]),
        ] {
            assert!(!text.contains(secret), "{secret} in {text}");
        }
    }

    #[test]
    fn two_exports_of_the_same_identity_differ_by_salt_and_nonce() {
        let (first, second) = (file(), file());
        assert_ne!(first, second);
        let salt =
            |t: &str| serde_json::from_str::<serde_json::Value>(t).unwrap()["kdf"]["salt"].clone();
        assert_ne!(salt(&first), salt(&second));
    }

    #[test]
    fn a_wrong_passphrase_is_named_as_such() {
        assert_eq!(
            import(&file(), "drie losse woorde"),
            Err(ImportError::WrongPassphrase)
        );
    }

    #[test]
    fn a_changed_byte_in_the_ciphertext_is_damage_not_a_wrong_passphrase() {
        let damaged = edited(|v| {
            let mut bytes = STANDARD.decode(v["ciphertext"].as_str().unwrap()).unwrap();
            bytes[3] ^= 1;
            v["ciphertext"] = STANDARD.encode(bytes).into();
        });
        assert!(matches!(
            import(&damaged, PASSPHRASE),
            Err(ImportError::Damaged(_))
        ));
    }

    #[test]
    fn changed_settings_or_a_cut_file_are_damage() {
        let cheaper = edited(|v| v["kdf"]["iterations"] = 1.into());
        assert!(matches!(
            import(&cheaper, PASSPHRASE),
            Err(ImportError::Damaged(_))
        ));
        let text = file();
        let cut = &text[..text.len() / 2];
        assert_eq!(import(cut, PASSPHRASE), Err(ImportError::NotAnIdentityFile));
        let no_nonce = edited(|v| {
            v.as_object_mut().unwrap().remove("nonce");
        });
        assert!(matches!(
            import(&no_nonce, PASSPHRASE),
            Err(ImportError::Damaged(_))
        ));
    }

    #[test]
    fn a_file_asking_for_absurd_key_settings_is_refused_before_any_work() {
        let huge = edited(|v| v["kdf"]["memory_kib"] = (4u32 << 20).into());
        assert!(matches!(
            import(&huge, PASSPHRASE),
            Err(ImportError::Damaged(_))
        ));
    }

    #[test]
    fn another_file_or_a_newer_version_is_named() {
        assert_eq!(
            import("not json at all", PASSPHRASE),
            Err(ImportError::NotAnIdentityFile)
        );
        assert_eq!(
            import(r#"{"format": "something/else", "version": 1}"#, PASSPHRASE),
            Err(ImportError::NotAnIdentityFile)
        );
        let newer = edited(|v| v["version"] = 2.into());
        assert_eq!(
            import(&newer, PASSPHRASE),
            Err(ImportError::NewerVersion(2))
        );
        assert!(
            ImportError::NewerVersion(2)
                .to_string()
                .contains("format 2")
        );
    }

    #[test]
    fn a_passphrase_needs_ten_characters_typed_the_same_twice() {
        assert_eq!(
            check_passphrase("kort", "kort"),
            Err(PassphraseProblem::TooShort(4))
        );
        assert_eq!(
            check_passphrase("ééééééééé", "ééééééééé"),
            Err(PassphraseProblem::TooShort(9))
        );
        assert_eq!(
            check_passphrase(PASSPHRASE, "drie losse woordeN"),
            Err(PassphraseProblem::NotTheSame)
        );
        assert_eq!(check_passphrase(PASSPHRASE, PASSPHRASE), Ok(()));
        assert_eq!(
            export(&backup(), "kort", KdfCost::RECOMMENDED),
            Err(ExportError::Passphrase(PassphraseProblem::TooShort(4)))
        );
    }

    #[test]
    fn a_file_made_with_fixed_salt_and_nonce_is_always_the_same() {
        let once = lock(
            &backup(),
            PASSPHRASE,
            KdfCost::RECOMMENDED,
            [1; SALT_LEN],
            [2; NONCE_LEN],
        )
        .unwrap();
        let again = lock(
            &backup(),
            PASSPHRASE,
            KdfCost::RECOMMENDED,
            [1; SALT_LEN],
            [2; NONCE_LEN],
        )
        .unwrap();
        assert_eq!(once, again);
        assert_eq!(import(&once, PASSPHRASE), Ok(backup()));
    }
}
