//! The real server on a free port with a fresh database and a small fake build, over HTTP.

mod common;

use serde_json::Value;

async fn spawn() -> common::TestServer {
    common::spawn_with_build(&[
        ("index.html", b"<!doctype html><title>Start To Can</title>"),
        ("app.css", b"body{}"),
    ])
    .await
}

#[tokio::test]
async fn health_reports_the_version_and_a_working_database() {
    let server = spawn().await;
    let response = reqwest::get(server.url("/api/health")).await.unwrap();
    assert_eq!(response.status(), 200);
    let body: Value = response.json().await.unwrap();
    assert_eq!(body["status"], "ok");
    assert_eq!(body["version"], env!("CARGO_PKG_VERSION"));
    assert_eq!(body["database"]["status"], "ok");
    assert_eq!(body["database"]["backend"], "sqlite");
    assert_eq!(
        body["database"]["schema_version"],
        stc_server::db::SCHEMA_VERSION
    );
}

#[tokio::test]
async fn an_unknown_api_path_is_a_404_with_a_reason() {
    let server = spawn().await;
    let response = reqwest::get(server.url("/api/nothing-here")).await.unwrap();
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
        .post(server.url("/api/health"))
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
        let response = reqwest::get(server.url(path)).await.unwrap();
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
    let css = reqwest::get(server.url("/app.css")).await.unwrap();
    assert_eq!(css.text().await.unwrap(), "body{}");
}
