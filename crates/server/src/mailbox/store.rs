//! What the mailbox needs from a database, small enough for a second implementation:
//! [`super::sqlite`] for one machine, [`super::postgres`] for several server instances on one
//! database. Every check that must not race with a
//! write (the right secret, the mailbox not full) happens inside the store, in the write itself.

use async_trait::async_trait;

use super::domain::{Code, ItemId, OwnerKind, SecretHash};

/// Unix seconds.
pub type Time = i64;

#[derive(Clone, Debug)]
pub struct NewMailbox {
    pub code: Code,
    pub kind: OwnerKind,
    pub display_name: Option<String>,
    pub public_key: [u8; 32],
    pub owner_secret: SecretHash,
    pub now: Time,
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MailboxInfo {
    pub code: Code,
    pub kind: OwnerKind,
    pub display_name: Option<String>,
    pub public_key: [u8; 32],
}

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct StoredItem {
    pub id: String,
    pub ciphertext: Vec<u8>,
    pub updated_at: Time,
    pub expires_at: Time,
}

#[derive(Clone, Debug)]
pub struct ItemWrite {
    pub code: Code,
    pub item_id: ItemId,
    pub secret: SecretHash,
    pub ciphertext: Vec<u8>,
    pub now: Time,
    pub expires_at: Time,
    pub max_items: u32,
}

impl ItemWrite {
    /// Whether this write replaces the item it finds under its id (`true`) or makes a new one
    /// (`false`). An item past its expiry is gone even if the clean-up has not run yet, so its id
    /// is free; a live item takes only a write with its own secret.
    pub fn replaces(&self, existing: Option<(&[u8], Time)>) -> Result<bool, StoreError> {
        match existing {
            Some((secret_hash, expires_at)) if expires_at > self.now => {
                if self.secret.matches(secret_hash) {
                    Ok(true)
                } else {
                    Err(StoreError::WrongSecret)
                }
            }
            _ => Ok(false),
        }
    }

    /// A new item fits while the mailbox holds fewer than the maximum of other items.
    pub fn check_room(&self, others: u64) -> Result<(), StoreError> {
        if others >= u64::from(self.max_items) {
            Err(StoreError::MailboxFull(self.max_items))
        } else {
            Ok(())
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum PutOutcome {
    Created,
    Replaced,
}

/// Who may delete an item: its sender (the item secret) or the mailbox's owner.
#[derive(Clone, Copy, Debug)]
pub struct DeleteRights(pub SecretHash);

impl DeleteRights {
    /// Whether the secret is the item's or the owner's. Both comparisons always run, so the
    /// time taken does not say which secret it was.
    pub fn allow(&self, item_hash: &[u8], owner_hash: &[u8]) -> Result<(), StoreError> {
        let by_sender = self.0.matches(item_hash);
        let by_owner = self.0.matches(owner_hash);
        if by_sender | by_owner {
            Ok(())
        } else {
            Err(StoreError::WrongSecret)
        }
    }
}

/// What the clean-up removes: items expired by `now`, and mailboxes last used before the given
/// times.
#[derive(Clone, Copy, Debug)]
pub struct CleanupPolicy {
    pub now: Time,
    pub coach_unused_since: Time,
    pub youngster_unused_since: Time,
}

#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CleanupReport {
    pub items: usize,
    pub mailboxes: usize,
    pub tokens: usize,
    /// Another server instance on the same database was cleaning up: this one did nothing.
    pub ran_elsewhere: bool,
}

/// What `GET /api/health` says about the store when it answers.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct StoreHealth {
    pub schema_version: i64,
}

#[derive(Clone, Debug, thiserror::Error, PartialEq, Eq)]
pub enum StoreError {
    #[error("there is no mailbox with this code")]
    NoSuchMailbox,
    #[error("there is no item with this id in the mailbox")]
    NoSuchItem,
    #[error("the secret does not match")]
    WrongSecret,
    #[error("the mailbox is full: it holds {0} items")]
    MailboxFull(u32),
    #[error("the code is taken")]
    CodeTaken,
    #[error("the registration token is unknown, used or expired")]
    UnknownToken,
    #[error("the database failed: {0}")]
    Backend(String),
}

#[async_trait]
pub trait MailboxStore: Send + Sync + 'static {
    /// Stores a new mailbox; with `token`, that one-time token is used up in the same write.
    async fn register(
        &self,
        mailbox: NewMailbox,
        token: Option<SecretHash>,
    ) -> Result<(), StoreError>;
    async fn lookup(&self, code: &Code) -> Result<MailboxInfo, StoreError>;
    /// Creates the item, or replaces it when `write.secret` is the item's secret.
    async fn put_item(&self, write: ItemWrite) -> Result<PutOutcome, StoreError>;
    async fn delete_item(
        &self,
        code: &Code,
        item_id: &ItemId,
        rights: DeleteRights,
    ) -> Result<(), StoreError>;
    /// The items not yet expired at `now`, oldest change first; counts as the owner using it.
    async fn list_items(
        &self,
        code: &Code,
        owner: SecretHash,
        now: Time,
    ) -> Result<Vec<StoredItem>, StoreError>;
    /// Deletes the mailbox with its items; its code is never given out again.
    async fn delete_mailbox(&self, code: &Code, owner: SecretHash) -> Result<(), StoreError>;
    async fn add_registration_tokens(
        &self,
        tokens: Vec<SecretHash>,
        now: Time,
        expires_at: Time,
    ) -> Result<(), StoreError>;
    /// Deletes what has expired; with several server instances on one database, only one runs
    /// it at a time and the others report `ran_elsewhere`.
    async fn clean_up(&self, policy: CleanupPolicy) -> Result<CleanupReport, StoreError>;
    /// Whether the database answers (a quick query), and its schema.
    async fn health(&self) -> Result<StoreHealth, StoreError>;
    /// `sqlite` or `postgres`, for `/api/health` and the log.
    fn backend(&self) -> &'static str;
    /// Where the data lives, for the start-up message: a file, or a PostgreSQL host and database
    /// (never a password).
    fn location(&self) -> String;
}
