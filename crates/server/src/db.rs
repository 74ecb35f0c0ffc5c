//! The embedded SQLite database: created in the data directory when missing and brought to the
//! current schema with `PRAGMA user_version`; the mailbox store (`crate::mailbox::sqlite`) then
//! opens its own connections to it.

use std::path::Path;

use rusqlite::Connection;

pub const DATABASE_FILE: &str = "start-to-can.sqlite3";

/// `MIGRATIONS[i]` brings the database from schema `i` to schema `i + 1`.
const MIGRATIONS: &[&str] = &[
    "CREATE TABLE server_meta (
        key   TEXT PRIMARY KEY NOT NULL,
        value TEXT NOT NULL
    );
    INSERT INTO server_meta (key, value) VALUES ('created_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'));",
    // The sealed mailbox (see `crate::mailbox`). Times are Unix seconds. Only ciphertext, hashes,
    // codes, public keys, owners' display names and times: nothing a youngster wrote, no address.
    "CREATE TABLE mailboxes (
        id                INTEGER PRIMARY KEY,
        code              TEXT NOT NULL UNIQUE,
        kind              TEXT NOT NULL CHECK (kind IN ('coach', 'youngster')),
        display_name      TEXT,
        public_key        BLOB NOT NULL CHECK (length(public_key) = 32),
        owner_secret_hash BLOB NOT NULL CHECK (length(owner_secret_hash) = 32),
        created_at        INTEGER NOT NULL,
        last_used_at      INTEGER NOT NULL
    );
    CREATE INDEX mailboxes_by_last_use ON mailboxes (kind, last_used_at);
    CREATE TABLE items (
        mailbox_id   INTEGER NOT NULL REFERENCES mailboxes (id) ON DELETE CASCADE,
        item_id      TEXT NOT NULL,
        secret_hash  BLOB NOT NULL CHECK (length(secret_hash) = 32),
        ciphertext   BLOB NOT NULL,
        updated_at   INTEGER NOT NULL,
        expires_at   INTEGER NOT NULL,
        PRIMARY KEY (mailbox_id, item_id)
    ) WITHOUT ROWID;
    CREATE INDEX items_by_expiry ON items (expires_at);
    -- A deleted mailbox's code is never given out again: a sender who still has it must not
    -- reach a stranger.
    CREATE TABLE retired_codes (code TEXT PRIMARY KEY NOT NULL) WITHOUT ROWID;
    CREATE TABLE registration_tokens (
        token_hash BLOB PRIMARY KEY NOT NULL CHECK (length(token_hash) = 32),
        created_at INTEGER NOT NULL,
        expires_at INTEGER NOT NULL
    ) WITHOUT ROWID;",
];

pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

#[derive(Debug, thiserror::Error)]
pub enum DbError {
    #[error("could not create the data directory {path}: {source}")]
    DataDir {
        path: String,
        source: std::io::Error,
    },
    #[error(transparent)]
    Sqlite(#[from] rusqlite::Error),
    #[error("the database was written by a newer server (schema {0})")]
    FromNewerServer(i64),
    #[error("a database task stopped unexpectedly")]
    TaskFailed,
}

/// Creates the folder and the database in `data_dir` when missing and brings it to the current
/// schema (a database from a newer server is refused).
pub fn create_or_migrate(data_dir: &Path) -> Result<(), DbError> {
    std::fs::create_dir_all(data_dir).map_err(|source| DbError::DataDir {
        path: data_dir.display().to_string(),
        source,
    })?;
    let mut connection = Connection::open(data_dir.join(DATABASE_FILE))?;
    configure(&connection)?;
    migrate(&mut connection)
}

/// The settings every connection to the database uses: write-ahead log (readers never wait for
/// the one writer), a commit is on disk before it is acknowledged, foreign keys enforced, and a
/// short wait instead of an error while another connection holds the lock.
pub fn configure(connection: &Connection) -> Result<(), DbError> {
    connection.pragma_update(None, "journal_mode", "WAL")?;
    connection.pragma_update(None, "synchronous", "FULL")?;
    connection.pragma_update(None, "foreign_keys", "ON")?;
    connection.busy_timeout(std::time::Duration::from_secs(5))?;
    Ok(())
}

fn migrate(connection: &mut Connection) -> Result<(), DbError> {
    let current: i64 = connection.query_row("PRAGMA user_version", [], |row| row.get(0))?;
    if current > SCHEMA_VERSION {
        return Err(DbError::FromNewerServer(current));
    }
    for (index, sql) in MIGRATIONS.iter().enumerate().skip(current as usize) {
        let transaction = connection.transaction()?;
        transaction.execute_batch(sql)?;
        transaction.pragma_update(None, "user_version", index as i64 + 1)?;
        transaction.commit()?;
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_new_database_is_created_at_the_current_schema() {
        let dir = tempfile::tempdir().unwrap();
        create_or_migrate(dir.path()).unwrap();
        let c = Connection::open(dir.path().join(DATABASE_FILE)).unwrap();
        let version: i64 = c
            .query_row("PRAGMA user_version", [], |r| r.get(0))
            .unwrap();
        assert_eq!(version, SCHEMA_VERSION);
    }

    #[test]
    fn opening_twice_keeps_the_data_and_does_not_migrate_again() {
        let dir = tempfile::tempdir().unwrap();
        create_or_migrate(dir.path()).unwrap();
        create_or_migrate(dir.path()).unwrap();
        let c = Connection::open(dir.path().join(DATABASE_FILE)).unwrap();
        let rows: i64 = c
            .query_row("SELECT count(*) FROM server_meta", [], |r| r.get(0))
            .unwrap();
        assert_eq!(rows, 1);
    }

    #[test]
    fn a_database_from_a_newer_server_is_refused() {
        let dir = tempfile::tempdir().unwrap();
        let c = Connection::open(dir.path().join(DATABASE_FILE)).unwrap();
        c.pragma_update(None, "user_version", 99).unwrap();
        drop(c);
        assert!(matches!(
            create_or_migrate(dir.path()),
            Err(DbError::FromNewerServer(99))
        ));
    }
}
