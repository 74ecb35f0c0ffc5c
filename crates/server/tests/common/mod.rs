//! The real server on a free port with a fresh database and a fake build in a temporary folder,
//! in this process (to move its clock) or as the real `stc-server` program (to stop or kill it).
#![allow(dead_code)] // each test file uses its own part of this

pub mod mailbox;

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;

use stc_server::configuration::{DatabaseUrl, Settings};
use stc_server::mailbox::{Clock, ManualClock};
use stc_server::startup::{AppState, app};

/// Which database the server under test keeps its mailboxes in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Backend {
    Sqlite,
    /// A fresh database in this test program's throw-away cluster ([`stc_server::pg_cluster`]).
    Postgres,
}

/// One behaviour suite, two implementations: the tests inside run once on SQLite (module
/// `sqlite`) and once on PostgreSQL (module `postgres`); each calls
/// `common::spawn_api_on(backend(), …)`.
#[macro_export]
macro_rules! for_each_backend {
    ($($tests:tt)*) => {
        mod sqlite {
            use super::*;
            fn backend() -> common::Backend {
                common::Backend::Sqlite
            }
            $($tests)*
        }
        mod postgres {
            use super::*;
            fn backend() -> common::Backend {
                common::Backend::Postgres
            }
            $($tests)*
        }
    };
}

pub struct TestServer {
    base: String,
    pub state: AppState,
    pub clock: Arc<ManualClock>,
    pub data: tempfile::TempDir,
    /// The PostgreSQL database, when the backend is PostgreSQL.
    pub database_url: Option<String>,
    _dist: tempfile::TempDir,
}

impl TestServer {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn database_file(&self) -> PathBuf {
        self.data.path().join(stc_server::db::DATABASE_FILE)
    }

    /// Rows in `table`, read straight from the database.
    pub async fn count_rows(&self, table: &str) -> i64 {
        let sql = format!("SELECT count(*) FROM {table}");
        match &self.database_url {
            None => rusqlite::Connection::open(self.database_file())
                .unwrap()
                .query_row(&sql, [], |r| r.get(0))
                .unwrap(),
            Some(url) => {
                let (client, connection) = tokio_postgres::connect(url, tokio_postgres::NoTls)
                    .await
                    .unwrap();
                tokio::spawn(connection);
                client.query_one(&sql, &[]).await.unwrap().get(0)
            }
        }
    }

    /// Everything the database holds as bytes: SQLite's files (with its write-ahead log), or a
    /// `pg_dump` of the PostgreSQL database.
    pub fn stored_bytes(&self) -> Vec<u8> {
        match &self.database_url {
            None => ["", "-wal"]
                .iter()
                .flat_map(|suffix| {
                    std::fs::read(format!("{}{suffix}", self.database_file().display()))
                        .unwrap_or_default()
                })
                .collect(),
            Some(url) => stc_server::pg_cluster::shared().dump(url),
        }
    }
}

/// 2026-01-01T00:00:00Z: the test clock's start.
pub const START: i64 = 1_767_225_600;

/// Serves a build made of `files` (`(name, content)`, `name` relative to `dist/`).
pub async fn spawn_with_build(files: &[(&str, &[u8])]) -> TestServer {
    spawn(files, None, |_| {}).await
}

/// Serves only the API, with settings changed by `configure` and rate limits high enough for
/// tests that do not test them.
pub async fn spawn_api(configure: impl FnOnce(&mut Settings)) -> TestServer {
    spawn_api_on(Backend::Sqlite, configure).await
}

/// [`spawn_api`] on the given backend.
pub async fn spawn_api_on(backend: Backend, configure: impl FnOnce(&mut Settings)) -> TestServer {
    let database_url = match backend {
        Backend::Sqlite => None,
        Backend::Postgres => Some(stc_server::pg_cluster::shared().create_database().await),
    };
    spawn_api_with(database_url, configure).await
}

/// [`spawn_api`] on the PostgreSQL database at `database_url` (one of several instances on it).
pub async fn spawn_api_with(
    database_url: Option<String>,
    configure: impl FnOnce(&mut Settings),
) -> TestServer {
    spawn(&[], database_url, |settings| {
        settings.rate_limits.burst = 100_000;
        settings.rate_limits.registration_burst = 100_000;
        configure(settings)
    })
    .await
}

async fn spawn(
    files: &[(&str, &[u8])],
    database_url: Option<String>,
    configure: impl FnOnce(&mut Settings),
) -> TestServer {
    let data = tempfile::tempdir().unwrap();
    let dist = tempfile::tempdir().unwrap();
    for (name, content) in files {
        let path = dist.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, content).unwrap();
    }
    let mut settings = Settings {
        data_dir: data.path().to_path_buf(),
        dist_dir: dist.path().to_path_buf(),
        database_url: database_url.clone().map(DatabaseUrl::new),
        ..Settings::default()
    };
    configure(&mut settings);
    let clock = Arc::new(ManualClock::new(START));
    let state = AppState::open(&settings, Arc::clone(&clock) as Arc<dyn Clock>)
        .await
        .unwrap();
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let router = app(state.clone(), dist.path());
    tokio::spawn(async move {
        axum::serve(
            listener,
            router.into_make_service_with_connect_info::<SocketAddr>(),
        )
        .await
        .unwrap()
    });
    TestServer {
        base,
        state,
        clock,
        data,
        database_url,
        _dist: dist,
    }
}

/// The `stc-server` program itself on a free port; killed when dropped.
pub struct ServerProcess {
    child: Child,
    base: String,
}

impl ServerProcess {
    pub fn start(data_dir: &Path, env: &[(&str, &str)]) -> ServerProcess {
        let mut child = Command::new(env!("CARGO_BIN_EXE_stc-server"))
            .args(["--port", "0", "--data-dir"])
            .arg(data_dir)
            .args(["--dist-dir"])
            .arg(data_dir.join("no-build"))
            .envs(env.iter().copied())
            .env("RUST_LOG", "warn")
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let stdout = child.stdout.take().unwrap();
        let mut lines = BufReader::new(stdout).lines();
        let base = loop {
            let line = lines
                .next()
                .expect("the server printed its address")
                .unwrap();
            if let Some(rest) = line.strip_prefix("Start To Can is running at ") {
                break rest.trim_end_matches('/').to_string();
            }
        };
        // Keep reading so the server never blocks on a full pipe.
        std::thread::spawn(move || for _ in lines {});
        ServerProcess { child, base }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn pid(&self) -> i32 {
        self.child.id() as i32
    }

    /// SIGTERM, then wait for the graceful stop.
    pub fn stop(mut self) {
        unsafe {
            libc::kill(self.pid(), libc::SIGTERM);
        }
        self.child.wait().unwrap();
    }

    /// SIGKILL: no chance to finish anything.
    pub fn kill_hard(mut self) {
        unsafe {
            libc::kill(self.pid(), libc::SIGKILL);
        }
        self.child.wait().unwrap();
    }
}

impl Drop for ServerProcess {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
