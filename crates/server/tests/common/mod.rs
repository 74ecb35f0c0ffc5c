//! The real server on a free port with a fresh database and a fake build in a temporary folder,
//! in this process (to move its clock) or as the real `stc-server` program (to stop or kill it).
#![allow(dead_code)] // each test file uses its own part of this

pub mod mailbox;

use std::io::{BufRead, BufReader};
use std::net::SocketAddr;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;

use stc_server::configuration::Settings;
use stc_server::mailbox::{Clock, ManualClock};
use stc_server::startup::{AppState, app};

pub struct TestServer {
    base: String,
    pub state: AppState,
    pub clock: Arc<ManualClock>,
    pub data: tempfile::TempDir,
    _dist: tempfile::TempDir,
}

impl TestServer {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub fn database_file(&self) -> PathBuf {
        self.data.path().join(stc_server::db::DATABASE_FILE)
    }
}

/// 2026-01-01T00:00:00Z: the test clock's start.
pub const START: i64 = 1_767_225_600;

/// Serves a build made of `files` (`(name, content)`, `name` relative to `dist/`).
pub async fn spawn_with_build(files: &[(&str, &[u8])]) -> TestServer {
    spawn(files, |_| {}).await
}

/// Serves only the API, with settings changed by `configure` and rate limits high enough for
/// tests that do not test them.
pub async fn spawn_api(configure: impl FnOnce(&mut Settings)) -> TestServer {
    spawn(&[], |settings| {
        settings.rate_limits.burst = 100_000;
        settings.rate_limits.registration_burst = 100_000;
        configure(settings)
    })
    .await
}

async fn spawn(files: &[(&str, &[u8])], configure: impl FnOnce(&mut Settings)) -> TestServer {
    let data = tempfile::tempdir().unwrap();
    let dist = tempfile::tempdir().unwrap();
    for (name, content) in files {
        std::fs::write(dist.path().join(name), content).unwrap();
    }
    let mut settings = Settings {
        data_dir: data.path().to_path_buf(),
        dist_dir: dist.path().to_path_buf(),
        ..Settings::default()
    };
    configure(&mut settings);
    let clock = Arc::new(ManualClock::new(START));
    let state = AppState::open(&settings, Arc::clone(&clock) as Arc<dyn Clock>).unwrap();
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
