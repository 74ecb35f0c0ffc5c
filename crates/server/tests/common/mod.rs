//! The real server on a free port with a fresh database and a fake build in a temporary folder.

use std::net::SocketAddr;

use stc_server::db::Db;
use stc_server::startup::{AppState, app};

pub struct TestServer {
    base: String,
    _data: tempfile::TempDir,
    _dist: tempfile::TempDir,
}

impl TestServer {
    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }
}

/// Serves a build made of `files` (`(name, content)`, `name` relative to `dist/`).
pub async fn spawn_with_build(files: &[(&str, &[u8])]) -> TestServer {
    let data = tempfile::tempdir().unwrap();
    let dist = tempfile::tempdir().unwrap();
    for (name, content) in files {
        std::fs::write(dist.path().join(name), content).unwrap();
    }
    let db = Db::open(data.path()).unwrap();
    let listener = tokio::net::TcpListener::bind(SocketAddr::from(([127, 0, 0, 1], 0)))
        .await
        .unwrap();
    let base = format!("http://{}", listener.local_addr().unwrap());
    let router = app(AppState { db }, dist.path());
    tokio::spawn(async move { axum::serve(listener, router).await.unwrap() });
    TestServer {
        base,
        _data: data,
        _dist: dist,
    }
}
