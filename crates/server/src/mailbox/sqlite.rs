//! The mailbox in the embedded SQLite database: one writer thread that owns the only writing
//! connection and commits whatever writes are waiting in one transaction (one `fsync` for many
//! requests, and no two writes ever race), and a small pool of reading connections that never
//! wait for it (write-ahead log). A write is acknowledged only after its transaction is on disk.

use std::panic::AssertUnwindSafe;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, mpsc};

use async_trait::async_trait;
use rusqlite::{Connection, ErrorCode, OptionalExtension, TransactionBehavior, params};
use tokio::sync::{Semaphore, oneshot};

use super::domain::{Code, ItemId, OwnerKind, SecretHash};
use super::store::{
    CleanupPolicy, CleanupReport, DeleteRights, ItemWrite, MailboxInfo, MailboxStore, NewMailbox,
    PutOutcome, StoreError, StoreHealth, StoredItem, Time,
};
use crate::db::{self, DbError};

const READERS: usize = 4;
/// Writes committed together at most; more wait for the next transaction.
const MAX_BATCH: usize = 256;
/// `last_used_at` moves at most this often, so a busy mailbox is not rewritten on every list.
const LAST_USE_GRANULARITY: Time = 3600;

pub struct SqliteStore {
    writer: mpsc::Sender<Box<dyn WriteJob>>,
    readers: Arc<ReadPool>,
}

struct ReadPool {
    database: PathBuf,
    idle: Mutex<Vec<Connection>>,
    permits: Semaphore,
}

impl SqliteStore {
    /// Opens the store on `database`, which [`db::create_or_migrate`] has already brought to the current
    /// schema.
    pub fn open(database: &Path) -> Result<SqliteStore, DbError> {
        let writer_connection = open_connection(database)?;
        let (writer, jobs) = mpsc::channel();
        std::thread::Builder::new()
            .name("stc-mailbox-writer".into())
            .spawn(move || write_loop(writer_connection, jobs))
            .map_err(|_| DbError::TaskFailed)?;
        let idle = (0..READERS)
            .map(|_| open_connection(database))
            .collect::<Result<Vec<_>, _>>()?;
        Ok(SqliteStore {
            writer,
            readers: Arc::new(ReadPool {
                database: database.to_path_buf(),
                idle: Mutex::new(idle),
                permits: Semaphore::new(READERS),
            }),
        })
    }

    async fn write<T, F>(&self, work: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let (reply, answer) = oneshot::channel();
        self.writer
            .send(Box::new(Job {
                work: Some(work),
                outcome: None,
                reply,
            }))
            .map_err(|_| StoreError::Backend("the writer has stopped".into()))?;
        answer
            .await
            .map_err(|_| StoreError::Backend("the writer has stopped".into()))?
    }

    async fn read<T, F>(&self, work: F) -> Result<T, StoreError>
    where
        T: Send + 'static,
        F: FnOnce(&Connection) -> Result<T, StoreError> + Send + 'static,
    {
        let pool = Arc::clone(&self.readers);
        let _permit = pool
            .permits
            .acquire()
            .await
            .map_err(|_| StoreError::Backend("the readers are closed".into()))?;
        let pool = Arc::clone(&self.readers);
        tokio::task::spawn_blocking(move || {
            let idle = pool.idle.lock().unwrap_or_else(|p| p.into_inner()).pop();
            // A connection is missing only after a read panicked with it: open a new one.
            let connection = match idle {
                Some(connection) => connection,
                None => open_connection(&pool.database).map_err(backend)?,
            };
            let result = work(&connection);
            pool.idle
                .lock()
                .unwrap_or_else(|p| p.into_inner())
                .push(connection);
            result
        })
        .await
        .map_err(|_| StoreError::Backend("a read stopped unexpectedly".into()))?
    }
}

fn open_connection(database: &Path) -> Result<Connection, DbError> {
    let connection = Connection::open(database)?;
    db::configure(&connection)?;
    Ok(connection)
}

fn backend(error: impl std::fmt::Display) -> StoreError {
    StoreError::Backend(error.to_string())
}

impl From<rusqlite::Error> for StoreError {
    fn from(error: rusqlite::Error) -> Self {
        backend(error)
    }
}

/// One write waiting for the writer: run inside the batch's transaction, answered after commit.
trait WriteJob: Send {
    fn apply(&mut self, transaction: &mut rusqlite::Transaction<'_>);
    fn reply(self: Box<Self>, committed: Result<(), StoreError>);
}

struct Job<T, F> {
    work: Option<F>,
    outcome: Option<Result<T, StoreError>>,
    reply: oneshot::Sender<Result<T, StoreError>>,
}

impl<T, F> WriteJob for Job<T, F>
where
    T: Send,
    F: FnOnce(&Connection) -> Result<T, StoreError> + Send,
{
    /// Each write runs in its own savepoint, so one that fails leaves no trace and does not
    /// undo the others of its batch; a panic is caught so the writer thread lives on.
    fn apply(&mut self, transaction: &mut rusqlite::Transaction<'_>) {
        let Some(work) = self.work.take() else {
            return;
        };
        let outcome = match transaction.savepoint() {
            Ok(savepoint) => {
                match std::panic::catch_unwind(AssertUnwindSafe(|| work(&savepoint))) {
                    Ok(Ok(value)) => savepoint.commit().map(|()| value).map_err(backend),
                    Ok(Err(error)) => Err(error),
                    Err(_) => Err(StoreError::Backend("a write panicked".into())),
                }
            }
            Err(error) => Err(backend(error)),
        };
        self.outcome = Some(outcome);
    }

    fn reply(self: Box<Self>, committed: Result<(), StoreError>) {
        let outcome = match committed {
            Ok(()) => self
                .outcome
                .unwrap_or_else(|| Err(StoreError::Backend("the write did not run".into()))),
            Err(error) => Err(error),
        };
        // The request may have gone away meanwhile; its write still counts.
        let _ = self.reply.send(outcome);
    }
}

fn write_loop(mut connection: Connection, jobs: mpsc::Receiver<Box<dyn WriteJob>>) {
    while let Ok(first) = jobs.recv() {
        let mut batch = vec![first];
        while batch.len() < MAX_BATCH {
            match jobs.try_recv() {
                Ok(job) => batch.push(job),
                Err(_) => break,
            }
        }
        let committed = commit_batch(&mut connection, &mut batch);
        if let Err(error) = &committed {
            tracing::error!(%error, writes = batch.len(), "a batch of mailbox writes failed");
        }
        for job in batch {
            job.reply(committed.clone());
        }
    }
}

fn commit_batch(
    connection: &mut Connection,
    batch: &mut [Box<dyn WriteJob>],
) -> Result<(), StoreError> {
    let mut transaction = connection.transaction_with_behavior(TransactionBehavior::Immediate)?;
    for job in batch.iter_mut() {
        job.apply(&mut transaction);
    }
    transaction.commit()?;
    Ok(())
}

/// The mailbox's row id and owner secret hash.
fn find_mailbox(connection: &Connection, code: &str) -> Result<(i64, Vec<u8>), StoreError> {
    connection
        .query_row(
            "SELECT id, owner_secret_hash FROM mailboxes WHERE code = ?1",
            [code],
            |row| Ok((row.get(0)?, row.get(1)?)),
        )
        .optional()?
        .ok_or(StoreError::NoSuchMailbox)
}

fn touch(connection: &Connection, mailbox_id: i64, now: Time) -> Result<(), StoreError> {
    connection.execute(
        "UPDATE mailboxes SET last_used_at = ?2 WHERE id = ?1 AND last_used_at < ?2 - ?3",
        params![mailbox_id, now, LAST_USE_GRANULARITY],
    )?;
    Ok(())
}

#[async_trait]
impl MailboxStore for SqliteStore {
    async fn register(
        &self,
        mailbox: NewMailbox,
        token: Option<SecretHash>,
    ) -> Result<(), StoreError> {
        self.write(move |c| {
            if let Some(token) = token {
                let used = c.execute(
                    "DELETE FROM registration_tokens WHERE token_hash = ?1 AND expires_at > ?2",
                    params![token.0, mailbox.now],
                )?;
                if used == 0 {
                    return Err(StoreError::UnknownToken);
                }
            }
            let code = mailbox.code.as_str();
            let retired: bool = c.query_row(
                "SELECT EXISTS (SELECT 1 FROM retired_codes WHERE code = ?1)",
                [code],
                |row| row.get(0),
            )?;
            if retired {
                return Err(StoreError::CodeTaken);
            }
            let inserted = c.execute(
                "INSERT INTO mailboxes (code, kind, display_name, public_key, owner_secret_hash, created_at, last_used_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?6)",
                params![
                    code,
                    mailbox.kind.as_str(),
                    mailbox.display_name,
                    mailbox.public_key,
                    mailbox.owner_secret.0,
                    mailbox.now
                ],
            );
            match inserted {
                Ok(_) => Ok(()),
                Err(rusqlite::Error::SqliteFailure(e, _)) if e.code == ErrorCode::ConstraintViolation => {
                    Err(StoreError::CodeTaken)
                }
                Err(error) => Err(error.into()),
            }
        })
        .await
    }

    async fn lookup(&self, code: &Code) -> Result<MailboxInfo, StoreError> {
        let code = code.clone();
        self.read(move |c| {
            let row = c
                .query_row(
                    "SELECT kind, display_name, public_key FROM mailboxes WHERE code = ?1",
                    [code.as_str()],
                    |row| {
                        Ok((
                            row.get::<_, String>(0)?,
                            row.get::<_, Option<String>>(1)?,
                            row.get::<_, [u8; 32]>(2)?,
                        ))
                    },
                )
                .optional()?;
            let (kind, display_name, public_key) = row.ok_or(StoreError::NoSuchMailbox)?;
            let kind = OwnerKind::from_stored(&kind)
                .ok_or_else(|| backend(format!("unknown owner kind '{kind}'")))?;
            Ok(MailboxInfo {
                code,
                kind,
                display_name,
                public_key,
            })
        })
        .await
    }

    async fn put_item(&self, write: ItemWrite) -> Result<PutOutcome, StoreError> {
        self.write(move |c| {
            let (mailbox_id, _) = find_mailbox(c, write.code.as_str())?;
            let existing: Option<(Vec<u8>, Time)> = c
                .query_row(
                    "SELECT secret_hash, expires_at FROM items WHERE mailbox_id = ?1 AND item_id = ?2",
                    params![mailbox_id, write.item_id.as_str()],
                    |row| Ok((row.get(0)?, row.get(1)?)),
                )
                .optional()?;
            let outcome = if write.replaces(existing.as_ref().map(|(h, e)| (h.as_slice(), *e)))? {
                PutOutcome::Replaced
            } else {
                let others: u64 = c.query_row(
                    "SELECT count(*) FROM items WHERE mailbox_id = ?1 AND item_id <> ?2",
                    params![mailbox_id, write.item_id.as_str()],
                    |row| row.get(0),
                )?;
                write.check_room(others)?;
                PutOutcome::Created
            };
            c.execute(
                "INSERT OR REPLACE INTO items (mailbox_id, item_id, secret_hash, ciphertext, updated_at, expires_at)
                 VALUES (?1, ?2, ?3, ?4, ?5, ?6)",
                params![
                    mailbox_id,
                    write.item_id.as_str(),
                    write.secret.0,
                    write.ciphertext,
                    write.now,
                    write.expires_at
                ],
            )?;
            touch(c, mailbox_id, write.now)?;
            Ok(outcome)
        })
        .await
    }

    async fn delete_item(
        &self,
        code: &Code,
        item_id: &ItemId,
        rights: DeleteRights,
    ) -> Result<(), StoreError> {
        let (code, item_id) = (code.clone(), item_id.clone());
        self.write(move |c| {
            let (mailbox_id, owner_hash) = find_mailbox(c, code.as_str())?;
            let item_hash: Vec<u8> = c
                .query_row(
                    "SELECT secret_hash FROM items WHERE mailbox_id = ?1 AND item_id = ?2",
                    params![mailbox_id, item_id.as_str()],
                    |row| row.get(0),
                )
                .optional()?
                .ok_or(StoreError::NoSuchItem)?;
            rights.allow(&item_hash, &owner_hash)?;
            c.execute(
                "DELETE FROM items WHERE mailbox_id = ?1 AND item_id = ?2",
                params![mailbox_id, item_id.as_str()],
            )?;
            Ok(())
        })
        .await
    }

    async fn list_items(
        &self,
        code: &Code,
        owner: SecretHash,
        now: Time,
    ) -> Result<Vec<StoredItem>, StoreError> {
        let code = code.clone();
        let (mailbox_id, last_used_at, items) = self
            .read(move |c| {
                let (mailbox_id, owner_hash, last_used_at): (i64, Vec<u8>, Time) = c
                    .query_row(
                        "SELECT id, owner_secret_hash, last_used_at FROM mailboxes WHERE code = ?1",
                        [code.as_str()],
                        |row| Ok((row.get(0)?, row.get(1)?, row.get(2)?)),
                    )
                    .optional()?
                    .ok_or(StoreError::NoSuchMailbox)?;
                if !owner.matches(&owner_hash) {
                    return Err(StoreError::WrongSecret);
                }
                let mut statement = c.prepare_cached(
                    "SELECT item_id, ciphertext, updated_at, expires_at FROM items
                     WHERE mailbox_id = ?1 AND expires_at > ?2 ORDER BY updated_at, item_id",
                )?;
                let items = statement
                    .query_map(params![mailbox_id, now], |row| {
                        Ok(StoredItem {
                            id: row.get(0)?,
                            ciphertext: row.get(1)?,
                            updated_at: row.get(2)?,
                            expires_at: row.get(3)?,
                        })
                    })?
                    .collect::<Result<Vec<_>, _>>()?;
                Ok((mailbox_id, last_used_at, items))
            })
            .await?;
        if last_used_at < now - LAST_USE_GRANULARITY {
            self.write(move |c| touch(c, mailbox_id, now)).await?;
        }
        Ok(items)
    }

    async fn delete_mailbox(&self, code: &Code, owner: SecretHash) -> Result<(), StoreError> {
        let code = code.clone();
        self.write(move |c| {
            let (mailbox_id, owner_hash) = find_mailbox(c, code.as_str())?;
            if !owner.matches(&owner_hash) {
                return Err(StoreError::WrongSecret);
            }
            c.execute("DELETE FROM mailboxes WHERE id = ?1", [mailbox_id])?;
            c.execute(
                "INSERT OR IGNORE INTO retired_codes (code) VALUES (?1)",
                [code.as_str()],
            )?;
            Ok(())
        })
        .await
    }

    async fn add_registration_tokens(
        &self,
        tokens: Vec<SecretHash>,
        now: Time,
        expires_at: Time,
    ) -> Result<(), StoreError> {
        self.write(move |c| {
            let mut insert = c.prepare_cached(
                "INSERT INTO registration_tokens (token_hash, created_at, expires_at) VALUES (?1, ?2, ?3)",
            )?;
            for token in tokens {
                insert.execute(params![token.0, now, expires_at])?;
            }
            Ok(())
        })
        .await
    }

    async fn clean_up(&self, policy: CleanupPolicy) -> Result<CleanupReport, StoreError> {
        self.write(move |c| {
            let items = c.execute("DELETE FROM items WHERE expires_at <= ?1", [policy.now])?;
            let retired = {
                let mut delete = c.prepare(
                    "DELETE FROM mailboxes
                     WHERE (kind = 'coach' AND last_used_at < ?1)
                        OR (kind = 'youngster' AND last_used_at < ?2)
                     RETURNING code",
                )?;
                delete
                    .query_map(
                        params![policy.coach_unused_since, policy.youngster_unused_since],
                        |row| row.get::<_, String>(0),
                    )?
                    .collect::<Result<Vec<_>, _>>()?
            };
            for code in &retired {
                c.execute(
                    "INSERT OR IGNORE INTO retired_codes (code) VALUES (?1)",
                    [code],
                )?;
            }
            let tokens = c.execute(
                "DELETE FROM registration_tokens WHERE expires_at <= ?1",
                [policy.now],
            )?;
            Ok(CleanupReport {
                items,
                mailboxes: retired.len(),
                tokens,
                ran_elsewhere: false,
            })
        })
        .await
    }

    async fn health(&self) -> Result<StoreHealth, StoreError> {
        self.read(|c| {
            let schema_version: i64 = c.query_row("PRAGMA user_version", [], |row| row.get(0))?;
            Ok(StoreHealth { schema_version })
        })
        .await
    }

    fn backend(&self) -> &'static str {
        "sqlite"
    }

    fn location(&self) -> String {
        self.readers.database.display().to_string()
    }
}
