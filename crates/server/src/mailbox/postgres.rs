//! The mailbox on PostgreSQL, for deployments that outgrow one machine: any number of stateless
//! server instances share one database. Every write that checks something (the right secret,
//! the mailbox not full) first locks the mailbox's row, so writes to one mailbox from several
//! instances run one after the other and see each other's result; writes to different
//! mailboxes never wait for each other. Two replacements of one item with its secret both
//! succeed, and the one committed last is what the owner lists (last writer wins); with another
//! secret a replacement is refused (403).
//!
//! The schema is applied at start-up under an advisory lock, so instances that start together
//! migrate once; the clean-up takes another advisory lock and is skipped by every instance that
//! does not get it. Connections time out (connect, pool wait, statements), so a database that
//! is down gives a prompt `Backend` error (a 503 with a reason), and the pool reconnects by
//! itself when the database is back.

use std::time::Duration;

use async_trait::async_trait;
use deadpool_postgres::GenericClient;
use deadpool_postgres::{Manager, ManagerConfig, Object, Pool, RecyclingMethod, Runtime};
use tokio_postgres::NoTls;
use tokio_postgres::error::SqlState;

use super::domain::{Code, ItemId, OwnerKind, SecretHash};
use super::store::{
    CleanupPolicy, CleanupReport, DeleteRights, ItemWrite, MailboxInfo, MailboxStore, NewMailbox,
    PutOutcome, StoreError, StoreHealth, StoredItem, Time,
};

/// `MIGRATIONS[i]` brings the database from schema `i` to schema `i + 1`.
const MIGRATIONS: &[&str] = &[include_str!("../../migrations/postgres/0001_mailbox.sql")];

pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// Advisory lock keys (any fixed numbers, unique to this program within the database).
const MIGRATION_LOCK: i64 = 0x5354_4301;
pub const CLEANUP_LOCK: i64 = 0x5354_4302;

/// `last_used_at` moves at most this often, so a busy mailbox is not rewritten on every list.
const LAST_USE_GRANULARITY: Time = 3600;

/// How long a request waits for the database before it gets a 503.
const CONNECT_TIMEOUT: Duration = Duration::from_secs(3);
const POOL_WAIT_TIMEOUT: Duration = Duration::from_secs(5);
const STATEMENT_TIMEOUT_MS: u32 = 5_000;
const POOL_SIZE: usize = 16;

pub struct PostgresStore {
    pool: Pool,
    /// Host, port and database, without the password.
    target: String,
}

#[derive(Debug, thiserror::Error)]
pub enum PostgresOpenError {
    #[error("the database URL is not valid: {0}")]
    BadUrl(String),
    #[error("could not reach PostgreSQL at {target}: {detail}")]
    Unreachable { target: String, detail: String },
    #[error("the database was written by a newer server (schema {0})")]
    FromNewerServer(i64),
    #[error("could not bring the database to the current schema: {0}")]
    Migration(String),
}

impl PostgresStore {
    /// Connects to `url` (`postgres://user:password@host:port/database`), and brings the
    /// database to the current schema.
    pub async fn open(url: &str) -> Result<PostgresStore, PostgresOpenError> {
        let mut config: tokio_postgres::Config = url
            .parse()
            .map_err(|error: tokio_postgres::Error| PostgresOpenError::BadUrl(error.to_string()))?;
        config
            .connect_timeout(CONNECT_TIMEOUT)
            .options(format!("-c statement_timeout={STATEMENT_TIMEOUT_MS}"))
            .application_name("stc-server");
        let target = describe(&config);
        let manager = Manager::from_config(
            config,
            NoTls,
            ManagerConfig {
                recycling_method: RecyclingMethod::Fast,
            },
        );
        let pool = Pool::builder(manager)
            .max_size(POOL_SIZE)
            .runtime(Runtime::Tokio1)
            .wait_timeout(Some(POOL_WAIT_TIMEOUT))
            .create_timeout(Some(CONNECT_TIMEOUT))
            .recycle_timeout(Some(CONNECT_TIMEOUT))
            .build()
            .map_err(|error| PostgresOpenError::BadUrl(error.to_string()))?;
        let store = PostgresStore {
            pool,
            target: target.clone(),
        };
        let mut client =
            store
                .pool
                .get()
                .await
                .map_err(|error| PostgresOpenError::Unreachable {
                    target: target.clone(),
                    detail: error.to_string(),
                })?;
        migrate(&mut client).await?;
        Ok(store)
    }

    async fn client(&self) -> Result<Object, StoreError> {
        self.pool
            .get()
            .await
            .map_err(|error| StoreError::Backend(format!("the database does not answer: {error}")))
    }
}

/// Where the database is, without the password, for messages and the log.
fn describe(config: &tokio_postgres::Config) -> String {
    let host = config
        .get_hosts()
        .first()
        .map(|host| match host {
            tokio_postgres::config::Host::Tcp(name) => name.clone(),
            #[cfg(unix)]
            tokio_postgres::config::Host::Unix(path) => path.display().to_string(),
        })
        .unwrap_or_else(|| "localhost".into());
    let port = config.get_ports().first().copied().unwrap_or(5432);
    let database = config.get_dbname().unwrap_or("(default)");
    format!("{host}:{port}/{database}")
}

/// Applies the migrations not yet applied, in one transaction under an advisory lock: an
/// instance that starts while another migrates waits, then finds nothing left to do.
async fn migrate(client: &mut Object) -> Result<(), PostgresOpenError> {
    let failed = |error: tokio_postgres::Error| PostgresOpenError::Migration(error.to_string());
    let transaction = client.transaction().await.map_err(failed)?;
    transaction
        .execute("SELECT pg_advisory_xact_lock($1)", &[&MIGRATION_LOCK])
        .await
        .map_err(failed)?;
    transaction
        .batch_execute(
            "CREATE TABLE IF NOT EXISTS stc_schema_migrations (
                version    BIGINT PRIMARY KEY,
                applied_at TIMESTAMPTZ NOT NULL DEFAULT now()
            )",
        )
        .await
        .map_err(failed)?;
    let current: i64 = transaction
        .query_one(
            "SELECT COALESCE(max(version), 0) FROM stc_schema_migrations",
            &[],
        )
        .await
        .map_err(failed)?
        .get(0);
    if current > SCHEMA_VERSION {
        return Err(PostgresOpenError::FromNewerServer(current));
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        transaction.batch_execute(sql).await.map_err(failed)?;
        transaction
            .execute(
                "INSERT INTO stc_schema_migrations (version) VALUES ($1)",
                &[&(index as i64 + 1)],
            )
            .await
            .map_err(failed)?;
    }
    transaction.commit().await.map_err(failed)
}

impl From<tokio_postgres::Error> for StoreError {
    fn from(error: tokio_postgres::Error) -> Self {
        StoreError::Backend(match error.as_db_error() {
            Some(db) => format!("{}: {}", db.code().code(), db.message()),
            None => error.to_string(),
        })
    }
}

/// The mailbox's row id and owner secret hash, its row locked until the transaction ends.
async fn lock_mailbox(
    client: &impl GenericClient,
    code: &str,
) -> Result<(i64, Vec<u8>), StoreError> {
    let row = client
        .query_opt(
            "SELECT id, owner_secret_hash FROM mailboxes WHERE code = $1 FOR NO KEY UPDATE",
            &[&code],
        )
        .await?
        .ok_or(StoreError::NoSuchMailbox)?;
    Ok((row.get(0), row.get(1)))
}

async fn touch(client: &impl GenericClient, mailbox_id: i64, now: Time) -> Result<(), StoreError> {
    client
        .execute(
            "UPDATE mailboxes SET last_used_at = $2 WHERE id = $1 AND last_used_at < $2::BIGINT - $3::BIGINT",
            &[&mailbox_id, &now, &LAST_USE_GRANULARITY],
        )
        .await?;
    Ok(())
}

#[async_trait]
impl MailboxStore for PostgresStore {
    async fn register(
        &self,
        mailbox: NewMailbox,
        token: Option<SecretHash>,
    ) -> Result<(), StoreError> {
        let mut client = self.client().await?;
        let transaction = client.transaction().await?;
        if let Some(token) = token {
            let used = transaction
                .execute(
                    "DELETE FROM registration_tokens WHERE token_hash = $1 AND expires_at > $2",
                    &[&token.0.as_slice(), &mailbox.now],
                )
                .await?;
            if used == 0 {
                return Err(StoreError::UnknownToken);
            }
        }
        let code = mailbox.code.as_str();
        let retired: bool = transaction
            .query_one(
                "SELECT EXISTS (SELECT 1 FROM retired_codes WHERE code = $1)",
                &[&code],
            )
            .await?
            .get(0);
        if retired {
            return Err(StoreError::CodeTaken);
        }
        let inserted = transaction
            .execute(
                "INSERT INTO mailboxes (code, kind, display_name, public_key, owner_secret_hash, created_at, last_used_at)
                 VALUES ($1, $2, $3, $4, $5, $6, $6)",
                &[
                    &code,
                    &mailbox.kind.as_str(),
                    &mailbox.display_name,
                    &mailbox.public_key.as_slice(),
                    &mailbox.owner_secret.0.as_slice(),
                    &mailbox.now,
                ],
            )
            .await;
        match inserted {
            Ok(_) => {}
            Err(error) if error.code() == Some(&SqlState::UNIQUE_VIOLATION) => {
                return Err(StoreError::CodeTaken);
            }
            Err(error) => return Err(error.into()),
        }
        transaction.commit().await?;
        Ok(())
    }

    async fn lookup(&self, code: &Code) -> Result<MailboxInfo, StoreError> {
        let client = self.client().await?;
        let row = client
            .query_opt(
                "SELECT kind, display_name, public_key FROM mailboxes WHERE code = $1",
                &[&code.as_str()],
            )
            .await?
            .ok_or(StoreError::NoSuchMailbox)?;
        let kind: String = row.get(0);
        let public_key: Vec<u8> = row.get(2);
        Ok(MailboxInfo {
            code: code.clone(),
            kind: OwnerKind::from_stored(&kind)
                .ok_or_else(|| StoreError::Backend(format!("unknown owner kind '{kind}'")))?,
            display_name: row.get(1),
            public_key: public_key
                .try_into()
                .map_err(|_| StoreError::Backend("a stored public key is not 32 bytes".into()))?,
        })
    }

    async fn put_item(&self, write: ItemWrite) -> Result<PutOutcome, StoreError> {
        let mut client = self.client().await?;
        // The common case first: a sender replaces its own live item. One statement, which
        // locks only that item's row, so updates to one mailbox do not queue behind each other.
        // Anything else (a new item, a wrong secret, an expired item) takes the locked path.
        let replaced: i64 = client
            .query_one(
                "WITH replaced AS (
                    UPDATE items SET ciphertext = $4, updated_at = $5, expires_at = $6
                    WHERE mailbox_id = (SELECT id FROM mailboxes WHERE code = $1)
                      AND item_id = $2 AND secret_hash = $3 AND expires_at > $5
                    RETURNING mailbox_id
                 ), touched AS (
                    UPDATE mailboxes SET last_used_at = $5
                    WHERE id IN (SELECT mailbox_id FROM replaced)
                      AND last_used_at < $5::BIGINT - $7::BIGINT
                 )
                 SELECT count(*) FROM replaced",
                &[
                    &write.code.as_str(),
                    &write.item_id.as_str(),
                    &write.secret.0.as_slice(),
                    &write.ciphertext,
                    &write.now,
                    &write.expires_at,
                    &LAST_USE_GRANULARITY,
                ],
            )
            .await?
            .get(0);
        if replaced == 1 {
            return Ok(PutOutcome::Replaced);
        }
        let transaction = client.transaction().await?;
        let (mailbox_id, _) = lock_mailbox(&transaction, write.code.as_str()).await?;
        let item_id = write.item_id.as_str();
        let existing = transaction
            .query_opt(
                "SELECT secret_hash, expires_at FROM items WHERE mailbox_id = $1 AND item_id = $2",
                &[&mailbox_id, &item_id],
            )
            .await?
            .map(|row| (row.get::<_, Vec<u8>>(0), row.get::<_, Time>(1)));
        let outcome = if write.replaces(existing.as_ref().map(|(h, e)| (h.as_slice(), *e)))? {
            PutOutcome::Replaced
        } else {
            let others: i64 = transaction
                .query_one(
                    "SELECT count(*) FROM items WHERE mailbox_id = $1 AND item_id <> $2",
                    &[&mailbox_id, &item_id],
                )
                .await?
                .get(0);
            write.check_room(others.max(0) as u64)?;
            PutOutcome::Created
        };
        transaction
            .execute(
                "INSERT INTO items (mailbox_id, item_id, secret_hash, ciphertext, updated_at, expires_at)
                 VALUES ($1, $2, $3, $4, $5, $6)
                 ON CONFLICT (mailbox_id, item_id) DO UPDATE SET
                    secret_hash = EXCLUDED.secret_hash, ciphertext = EXCLUDED.ciphertext,
                    updated_at = EXCLUDED.updated_at, expires_at = EXCLUDED.expires_at",
                &[
                    &mailbox_id,
                    &item_id,
                    &write.secret.0.as_slice(),
                    &write.ciphertext,
                    &write.now,
                    &write.expires_at,
                ],
            )
            .await?;
        touch(&transaction, mailbox_id, write.now).await?;
        transaction.commit().await?;
        Ok(outcome)
    }

    async fn delete_item(
        &self,
        code: &Code,
        item_id: &ItemId,
        rights: DeleteRights,
    ) -> Result<(), StoreError> {
        let mut client = self.client().await?;
        let transaction = client.transaction().await?;
        let (mailbox_id, owner_hash) = lock_mailbox(&transaction, code.as_str()).await?;
        let item_hash: Vec<u8> = transaction
            .query_opt(
                "SELECT secret_hash FROM items WHERE mailbox_id = $1 AND item_id = $2",
                &[&mailbox_id, &item_id.as_str()],
            )
            .await?
            .ok_or(StoreError::NoSuchItem)?
            .get(0);
        rights.allow(&item_hash, &owner_hash)?;
        transaction
            .execute(
                "DELETE FROM items WHERE mailbox_id = $1 AND item_id = $2",
                &[&mailbox_id, &item_id.as_str()],
            )
            .await?;
        transaction.commit().await?;
        Ok(())
    }

    async fn list_items(
        &self,
        code: &Code,
        owner: SecretHash,
        now: Time,
    ) -> Result<Vec<StoredItem>, StoreError> {
        let client = self.client().await?;
        let row = client
            .query_opt(
                "SELECT id, owner_secret_hash, last_used_at FROM mailboxes WHERE code = $1",
                &[&code.as_str()],
            )
            .await?
            .ok_or(StoreError::NoSuchMailbox)?;
        let (mailbox_id, owner_hash, last_used_at): (i64, Vec<u8>, Time) =
            (row.get(0), row.get(1), row.get(2));
        if !owner.matches(&owner_hash) {
            return Err(StoreError::WrongSecret);
        }
        let items = client
            .query(
                "SELECT item_id, ciphertext, updated_at, expires_at FROM items
                 WHERE mailbox_id = $1 AND expires_at > $2 ORDER BY updated_at, item_id",
                &[&mailbox_id, &now],
            )
            .await?
            .into_iter()
            .map(|row| StoredItem {
                id: row.get(0),
                ciphertext: row.get(1),
                updated_at: row.get(2),
                expires_at: row.get(3),
            })
            .collect();
        if last_used_at < now - LAST_USE_GRANULARITY {
            touch(&client, mailbox_id, now).await?;
        }
        Ok(items)
    }

    async fn delete_mailbox(&self, code: &Code, owner: SecretHash) -> Result<(), StoreError> {
        let mut client = self.client().await?;
        let transaction = client.transaction().await?;
        let (mailbox_id, owner_hash) = lock_mailbox(&transaction, code.as_str()).await?;
        if !owner.matches(&owner_hash) {
            return Err(StoreError::WrongSecret);
        }
        transaction
            .execute("DELETE FROM mailboxes WHERE id = $1", &[&mailbox_id])
            .await?;
        transaction
            .execute(
                "INSERT INTO retired_codes (code) VALUES ($1) ON CONFLICT DO NOTHING",
                &[&code.as_str()],
            )
            .await?;
        transaction.commit().await?;
        Ok(())
    }

    async fn add_registration_tokens(
        &self,
        tokens: Vec<SecretHash>,
        now: Time,
        expires_at: Time,
    ) -> Result<(), StoreError> {
        let mut client = self.client().await?;
        let transaction = client.transaction().await?;
        let insert = transaction
            .prepare(
                "INSERT INTO registration_tokens (token_hash, created_at, expires_at) VALUES ($1, $2, $3)",
            )
            .await?;
        for token in tokens {
            transaction
                .execute(&insert, &[&token.0.as_slice(), &now, &expires_at])
                .await?;
        }
        transaction.commit().await?;
        Ok(())
    }

    /// Runs only in the instance that gets the clean-up lock; the others report that it ran
    /// elsewhere. Each delete is its own statement (no long transaction that could hold item
    /// rows while a sender holds their mailbox's row); retiring codes is one statement with
    /// the delete, so a deleted mailbox's code is always retired.
    async fn clean_up(&self, policy: CleanupPolicy) -> Result<CleanupReport, StoreError> {
        let client = self.client().await?;
        let locked: bool = client
            .query_one("SELECT pg_try_advisory_lock($1)", &[&CLEANUP_LOCK])
            .await?
            .get(0);
        if !locked {
            return Ok(CleanupReport {
                ran_elsewhere: true,
                ..CleanupReport::default()
            });
        }
        let report = clean_up_locked(&client, policy).await;
        let unlocked = client
            .execute("SELECT pg_advisory_unlock($1)", &[&CLEANUP_LOCK])
            .await;
        if report.is_err() || unlocked.is_err() {
            // The session lock must not stay with a pooled connection: closing it frees the lock.
            drop(Object::take(client));
        }
        report
    }

    async fn health(&self) -> Result<StoreHealth, StoreError> {
        let client = self.client().await?;
        let schema_version: i64 = client
            .query_one(
                "SELECT COALESCE(max(version), 0) FROM stc_schema_migrations",
                &[],
            )
            .await?
            .get(0);
        Ok(StoreHealth { schema_version })
    }

    fn backend(&self) -> &'static str {
        "postgres"
    }

    fn location(&self) -> String {
        format!("PostgreSQL at {}", self.target)
    }
}

async fn clean_up_locked(
    client: &Object,
    policy: CleanupPolicy,
) -> Result<CleanupReport, StoreError> {
    let items = client
        .execute("DELETE FROM items WHERE expires_at <= $1", &[&policy.now])
        .await?;
    let mailboxes: i64 = client
        .query_one(
            "WITH gone AS (
                DELETE FROM mailboxes
                WHERE (kind = 'coach' AND last_used_at < $1)
                   OR (kind = 'youngster' AND last_used_at < $2)
                RETURNING code
             ), retired AS (
                INSERT INTO retired_codes (code) SELECT code FROM gone ON CONFLICT DO NOTHING
             )
             SELECT count(*) FROM gone",
            &[&policy.coach_unused_since, &policy.youngster_unused_since],
        )
        .await?
        .get(0);
    let tokens = client
        .execute(
            "DELETE FROM registration_tokens WHERE expires_at <= $1",
            &[&policy.now],
        )
        .await?;
    Ok(CleanupReport {
        items: items as usize,
        mailboxes: mailboxes as usize,
        tokens: tokens as usize,
        ran_elsewhere: false,
    })
}
