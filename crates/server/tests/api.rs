//! The real server on a free port with a fresh database and a small fake build, over HTTP.

use std::net::SocketAddr;

use serde_json::Value;
use stc_server::db::Db;
use stc_server::startup::{AppState, app};

struct TestServer {
    base: String,
    _data: tempfile::TempDir,
    _dist: tempfile::TempDir,
}

async fn spawn() -> TestServer {
    let data = tempfile::tempdir().unwrap();
    let dist = tempfile::tempdir().unwrap();
    std::fs::write(
        dist.path().join("index.html"),
        "<!doctype html><title>Start To Can</title>",
    )
    .unwrap();
    std::fs::write(dist.path().join("app.css"), "body{}").unwrap();
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

#[tokio::test]
async fn health_reports_the_version_and_a_working_database() {
    let server = spawn().await;
    let response = reqwest::get(format!("{}/api/health", server.base))
        .await
        .unwrap();
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ok");
    assert_eq!(body["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(body["database"]["status"], "ok");
    assert_eq!(
        body["database"]["schema_version"],
        stc_server::db::SCHEMA_VERSION
    );
}

#[tokio::test]
async fn an_unknown_api_path_is_a_404_with_a_reason() {
    let server = spawn().await;
    let response = reqwest::get(format!("{}/api/nothing-here", server.base))
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    let body: Value = response.json().await.unwrap();
    assert!(
        body["error"]
            .as_str()
            .unwrap()
            .contains("/api/nothing-here")
    );
}

#[tokio::test]
async fn a_wrong_method_is_a_405_with_a_reason() {
    let server = spawn().await;
    let response = reqwest::Client::new()
        .post(format!("{}/api/health", server.base))
        .body("{}")
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 405);
    let body: Value = response.json().await.unwrap();
    assert!(body["error"].as_str().unwrap().contains("POST"));
}

#[tokio::test]
async fn app_routes_get_the_app_shell_and_files_are_served() {
    let server = spawn().await;
    for path in ["/", "/settings", "/map"] {
        let response = reqwest::get(format!("{}{path}", server.base))
            .await
            .unwrap();
        assert_eq!(response.status(), 200, "{path}");
        assert!(
            response
                .text()
                .await
                .unwrap()
                .contains("<title>Start To Can</title>"),
            "{path}"
        );
    }
    let css = reqwest::get(format!("{}/app.css", server.base))
        .await
        .unwrap();
    assert_eq!(css.text().await.unwrap(), "body{}");
}
