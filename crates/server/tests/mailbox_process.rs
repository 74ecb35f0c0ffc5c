//! The `stc-server` program itself: data kept across a restart, a `SIGKILL` in the middle of
//! writes, and the `registration-tokens` sub-command.

mod common;

use std::collections::HashMap;
use std::process::Command;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use common::ServerProcess;
use common::mailbox::*;
use reqwest::StatusCode;
use serde_json::json;
use stc_core::seal::SecretKey;

#[tokio::test]
async fn items_are_kept_across_a_restart() {
    let data = tempfile::tempdir().unwrap();
    let server = ServerProcess::start(data.path(), &[]);
    let api = Api::new(server.url(""));
    let coach = api.register_coach(None).await;
    let put = api
        .put(&coach, "kept", &item_secret(), "still here after a restart")
        .await;
    assert_eq!(put.status(), StatusCode::CREATED);
    server.stop();

    let server = ServerProcess::start(data.path(), &[]);
    let items = Api::new(server.url("")).items(&coach).await;
    assert_eq!(items.len(), 1);
    assert_eq!(
        open(&coach, items[0]["ciphertext"].as_str().unwrap()),
        "still here after a restart"
    );
}

#[tokio::test]
async fn a_server_killed_in_the_middle_of_writes_keeps_every_acknowledged_item() {
    let data = tempfile::tempdir().unwrap();
    let server = ServerProcess::start(data.path(), &[("STC_RATE_LIMIT_BURST", "1000000")]);
    let api = Api::new(server.url(""));
    let (client, base) = (&api.client, &api.base);
    let coach = Arc::new(api.register_coach(None).await);
    let acknowledged: Arc<Mutex<HashMap<String, String>>> = Arc::default();
    let writers: Vec<_> = (0..8)
        .map(|writer| {
            let (client, base, coach, acknowledged) = (
                client.clone(),
                base.clone(),
                Arc::clone(&coach),
                Arc::clone(&acknowledged),
            );
            tokio::spawn(async move {
                let secret = item_secret();
                for n in 0.. {
                    let id = format!("w{writer}-{}", n % 40);
                    let sealed = sealed_for(&coach, &format!("{id} version {n}"));
                    let Ok(response) = client
                        .put(format!("{base}/api/mailboxes/{}/items/{id}", coach.code))
                        .bearer_auth(&secret)
                        .json(&json!({ "ciphertext": sealed }))
                        .send()
                        .await
                    else {
                        return; // the server is gone
                    };
                    if response.status().is_success() {
                        acknowledged.lock().unwrap().insert(id, sealed);
                    }
                }
            })
        })
        .collect();
    // Let the writes run, then pull the plug while they are under way.
    for _ in 0..100 {
        tokio::time::sleep(Duration::from_millis(50)).await;
        if acknowledged.lock().unwrap().len() >= 200 {
            break;
        }
    }
    server.kill_hard();
    for writer in writers {
        writer.await.unwrap();
    }
    let acknowledged = acknowledged.lock().unwrap().clone();
    assert!(
        acknowledged.len() >= 50,
        "only {} writes were acknowledged",
        acknowledged.len()
    );

    let database = data.path().join(stc_server::db::DATABASE_FILE);
    let connection = rusqlite::Connection::open(&database).unwrap();
    let check: String = connection
        .query_row("PRAGMA integrity_check", [], |r| r.get(0))
        .unwrap();
    assert_eq!(check, "ok");
    drop(connection);

    let server = ServerProcess::start(data.path(), &[]);
    let items = Api::new(server.url("")).items(&coach).await;
    let stored: HashMap<&str, &str> = items
        .iter()
        .map(|item| {
            (
                item["id"].as_str().unwrap(),
                item["ciphertext"].as_str().unwrap(),
            )
        })
        .collect();
    for (id, sealed) in &acknowledged {
        let Some(found) = stored.get(id.as_str()) else {
            panic!("the acknowledged item {id} is missing");
        };
        // A later write of the same id may have reached the disk but not its answer.
        let version = |text: &str| {
            open(&coach, text)
                .rsplit(' ')
                .next()
                .unwrap()
                .parse::<u32>()
                .unwrap()
        };
        assert!(
            version(found) >= version(sealed),
            "{id} went back to an older version"
        );
    }
}

#[tokio::test]
async fn the_registration_tokens_sub_command_prints_tokens_the_server_accepts_once() {
    let data = tempfile::tempdir().unwrap();
    let output = Command::new(env!("CARGO_BIN_EXE_stc-server"))
        .args(["registration-tokens", "--count", "2", "--data-dir"])
        .arg(data.path())
        .output()
        .unwrap();
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let stdout = String::from_utf8(output.stdout).unwrap();
    let tokens: Vec<&str> = stdout.lines().collect();
    assert_eq!(tokens.len(), 2);
    assert_ne!(tokens[0], tokens[1]);
    assert!(String::from_utf8_lossy(&output.stderr).contains("each works once"));

    let server = ServerProcess::start(data.path(), &[("STC_REQUIRE_REGISTRATION_TOKEN", "true")]);
    let api = Api::new(server.url(""));
    let body = |token: Option<&str>| json!({"kind": "coach", "display_name": "Sanne", "public_key": public_key_b64(&SecretKey::generate()), "registration_token": token});
    let refused = api.register_raw(body(None)).await;
    expect_error(refused, StatusCode::FORBIDDEN).await;
    let accepted = api.register_raw(body(Some(tokens[0]))).await;
    assert_eq!(accepted.status(), StatusCode::CREATED);
    let again = api.register_raw(body(Some(tokens[0]))).await;
    expect_error(again, StatusCode::FORBIDDEN).await;

    let bad = Command::new(env!("CARGO_BIN_EXE_stc-server"))
        .args(["registration-tokens", "--count", "zero"])
        .output()
        .unwrap();
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("'zero'"));
}
