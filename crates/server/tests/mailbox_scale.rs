//! Several server instances side by side on one PostgreSQL database (a throw-away cluster): what
//! one instance writes the others read, one item replaced at once through two instances has one
//! winner, the schema is applied once when instances start together, the clean-up runs in one
//! instance at a time, and a database that goes down gives 503s with a reason until it is back.

mod common;

use std::time::Duration;

use common::mailbox::*;
use reqwest::{Client, StatusCode};
use serde_json::Value;
use stc_server::configuration::{DatabaseUrl, Settings};
use stc_server::mailbox::{DAY, cleanup};
use stc_server::pg_cluster::{self, Cluster};
use stc_server::startup::AppState;

/// Two instances (own port, own clock) on one new database of `cluster`.
async fn two_instances(cluster: &Cluster) -> (common::TestServer, common::TestServer) {
    let url = cluster.create_database().await;
    let a = common::spawn_api_with(Some(url.clone()), |_| {}).await;
    let b = common::spawn_api_with(Some(url), |_| {}).await;
    (a, b)
}

#[tokio::test]
async fn what_one_instance_writes_the_other_reads_replaces_and_withdraws() {
    let (a, b) = two_instances(pg_cluster::shared()).await;
    let (api_a, api_b) = (Api::new(a.url("")), Api::new(b.url("")));
    let coach = api_a.register_coach(None).await;
    let secret = item_secret();

    let put = api_a.put(&coach, "summary", &secret, "eerste versie").await;
    assert_eq!(put.status(), StatusCode::CREATED);
    let listed = api_b.items(&coach).await;
    assert_eq!(
        listed.len(),
        1,
        "the coach reads through the other instance"
    );
    assert_eq!(
        open(&coach, listed[0]["ciphertext"].as_str().unwrap()),
        "eerste versie"
    );

    let update = api_b.put(&coach, "summary", &secret, "tweede versie").await;
    assert_eq!(update.status(), StatusCode::OK, "replaced, not added");
    for api in [&api_a, &api_b] {
        let items = api.items(&coach).await;
        assert_eq!(items.len(), 1);
        assert_eq!(
            open(&coach, items[0]["ciphertext"].as_str().unwrap()),
            "tweede versie"
        );
    }

    // Withdrawn through either instance: gone for both.
    let withdrawn = Client::new()
        .delete(b.url(&format!("/api/mailboxes/{}/items/summary", coach.code)))
        .bearer_auth(&secret)
        .send()
        .await
        .unwrap();
    assert_eq!(withdrawn.status(), StatusCode::NO_CONTENT);
    assert!(api_a.items(&coach).await.is_empty());
    assert!(api_b.items(&coach).await.is_empty());
    let second = api_a.put(&coach, "other", &secret, "x").await;
    assert_eq!(second.status(), StatusCode::CREATED);
    let by_owner = Client::new()
        .delete(a.url(&format!("/api/mailboxes/{}/items/other", coach.code)))
        .bearer_auth(&coach.secret)
        .send()
        .await
        .unwrap();
    assert_eq!(by_owner.status(), StatusCode::NO_CONTENT);
    assert!(api_b.items(&coach).await.is_empty());
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn one_item_replaced_through_two_instances_at_once_has_one_whole_winner() {
    let (a, b) = two_instances(pg_cluster::shared()).await;
    let (api_a, api_b) = (Api::new(a.url("")), Api::new(b.url("")));
    let coach = api_a.register_coach(None).await;
    let secret = item_secret();
    for round in 0..15 {
        let (from_a, from_b) = (format!("A{round}"), format!("B{round}"));
        let (left, right) = tokio::join!(
            api_a.put(&coach, "summary", &secret, &from_a),
            api_b.put(&coach, "summary", &secret, &from_b),
        );
        let mut statuses = [left.status(), right.status()];
        statuses.sort();
        if round == 0 {
            assert_eq!(
                statuses,
                [StatusCode::OK, StatusCode::CREATED],
                "one creates, the other replaces"
            );
        } else {
            assert_eq!(statuses, [StatusCode::OK, StatusCode::OK]);
        }
        let items = api_b.items(&coach).await;
        assert_eq!(items.len(), 1);
        let text = open(&coach, items[0]["ciphertext"].as_str().unwrap());
        assert!(
            text == from_a || text == from_b,
            "the last writer's whole text: {text}"
        );
    }

    // Two senders with different secrets claim a new id at once: one gets it, the other a 403
    // with a reason, never a 500.
    for round in 0..10 {
        let id = format!("new-{round}");
        let (secret_a, secret_b) = (item_secret(), item_secret());
        let (left, right) = tokio::join!(
            api_a.put(&coach, &id, &secret_a, "a"),
            api_b.put(&coach, &id, &secret_b, "b"),
        );
        let mut statuses = [left.status(), right.status()];
        statuses.sort();
        assert_eq!(statuses, [StatusCode::CREATED, StatusCode::FORBIDDEN]);
        let loser = if left.status() == StatusCode::FORBIDDEN {
            left
        } else {
            right
        };
        let reason = expect_error(loser, StatusCode::FORBIDDEN).await;
        assert!(reason.contains("secret"), "{reason}");
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn instances_starting_at_once_apply_the_schema_once() {
    let cluster = pg_cluster::shared();
    let url = cluster.create_database().await;
    let settings = Settings {
        database_url: Some(DatabaseUrl::new(url.clone())),
        ..Settings::default()
    };
    let opens = (0..4).map(|_| {
        let settings = settings.clone();
        tokio::spawn(async move {
            AppState::open(
                &settings,
                std::sync::Arc::new(stc_server::mailbox::SystemClock),
            )
            .await
            .map(|_| ())
            .map_err(|e| e.to_string())
        })
    });
    for opened in futures_all(opens).await {
        opened.unwrap();
    }
    let (client, connection) = tokio_postgres::connect(&url, tokio_postgres::NoTls)
        .await
        .unwrap();
    tokio::spawn(connection);
    let versions: Vec<i64> = client
        .query(
            "SELECT version FROM stc_schema_migrations ORDER BY version",
            &[],
        )
        .await
        .unwrap()
        .iter()
        .map(|row| row.get(0))
        .collect();
    let expected: Vec<i64> = (1..=stc_server::mailbox::postgres::SCHEMA_VERSION).collect();
    assert_eq!(versions, expected);
}

async fn futures_all<T: Send + 'static>(
    handles: impl Iterator<Item = tokio::task::JoinHandle<T>>,
) -> Vec<T> {
    let mut results = Vec::new();
    for handle in handles.collect::<Vec<_>>() {
        results.push(handle.await.unwrap());
    }
    results
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn the_clean_up_runs_in_one_instance_at_a_time() {
    let (a, b) = two_instances(pg_cluster::shared()).await;
    let api = Api::new(a.url(""));
    let coach = api.register_coach(None).await;
    for n in 0..6 {
        let put = api
            .put(&coach, &format!("item-{n}"), &item_secret(), "x")
            .await;
        assert_eq!(put.status(), StatusCode::CREATED);
    }
    for server in [&a, &b] {
        server.clock.advance(181 * DAY);
    }

    // Another instance is cleaning up (it holds the lock): this one skips.
    let (holder, connection) =
        tokio_postgres::connect(a.database_url.as_ref().unwrap(), tokio_postgres::NoTls)
            .await
            .unwrap();
    tokio::spawn(connection);
    holder
        .execute(
            "SELECT pg_advisory_lock($1)",
            &[&stc_server::mailbox::postgres::CLEANUP_LOCK],
        )
        .await
        .unwrap();
    let skipped = cleanup::run_once(&b.state.mailboxes).await.unwrap();
    assert!(skipped.ran_elsewhere);
    assert_eq!(skipped.items, 0);
    assert_eq!(
        a.count_rows("items").await,
        6,
        "nothing deleted while locked"
    );
    holder
        .execute(
            "SELECT pg_advisory_unlock($1)",
            &[&stc_server::mailbox::postgres::CLEANUP_LOCK],
        )
        .await
        .unwrap();

    // Both at once: the six items are deleted once, by one or the other, never an error.
    let (from_a, from_b) = tokio::join!(
        cleanup::run_once(&a.state.mailboxes),
        cleanup::run_once(&b.state.mailboxes)
    );
    let (from_a, from_b) = (from_a.unwrap(), from_b.unwrap());
    assert_eq!(from_a.items + from_b.items, 6);
    assert!(from_a.items == 6 || from_b.items == 6);
    assert_eq!(a.count_rows("items").await, 0);
    // The lock was given back: the next clean-up runs.
    let next = cleanup::run_once(&a.state.mailboxes).await.unwrap();
    assert!(!next.ran_elsewhere);
}

#[tokio::test]
async fn health_names_the_backend_and_its_schema() {
    let (a, _b) = two_instances(pg_cluster::shared()).await;
    let body: Value = reqwest::get(a.url("/api/health"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    assert_eq!(body["status"], "ok");
    assert_eq!(body["database"]["backend"], "postgres");
    assert_eq!(
        body["database"]["schema_version"],
        stc_server::mailbox::postgres::SCHEMA_VERSION
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 4)]
async fn while_the_database_is_down_every_request_gets_a_503_with_a_reason_until_it_is_back() {
    // Its own cluster, as this test stops it.
    let cluster = Cluster::start(false);
    let (a, b) = two_instances(&cluster).await;
    let api = Api::new(a.url(""));
    let coach = api.register_coach(None).await;
    let secret = item_secret();
    assert_eq!(
        api.put(&coach, "summary", &secret, "x").await.status(),
        StatusCode::CREATED
    );

    cluster.stop();
    // A hang would end in the client's timeout and fail the test.
    let client = Client::builder()
        .timeout(Duration::from_secs(20))
        .build()
        .unwrap();
    for server in [&a, &b] {
        let health = client.get(server.url("/api/health")).send().await.unwrap();
        assert_eq!(health.status(), StatusCode::SERVICE_UNAVAILABLE);
        let body: Value = health.json().await.unwrap();
        assert_eq!(body["status"], "unavailable");
        assert_eq!(body["database"]["backend"], "postgres");
        assert!(body["error"].as_str().unwrap().contains("does not answer"));

        let lookup = client
            .get(server.url(&format!("/api/mailboxes/{}", coach.code)))
            .send()
            .await
            .unwrap();
        let reason = expect_error(lookup, StatusCode::SERVICE_UNAVAILABLE).await;
        assert!(reason.contains("try again"), "{reason}");
        let put = Api {
            client: client.clone(),
            base: server.url(""),
        }
        .put(&coach, "summary", &secret, "y")
        .await;
        expect_error(put, StatusCode::SERVICE_UNAVAILABLE).await;
    }

    cluster.resume();
    // The pool reconnects by itself: within a few tries both instances answer again.
    for server in [&a, &b] {
        let mut healthy = false;
        for _ in 0..50 {
            let health = client.get(server.url("/api/health")).send().await.unwrap();
            if health.status() == StatusCode::OK {
                healthy = true;
                break;
            }
            tokio::time::sleep(Duration::from_millis(200)).await;
        }
        assert!(healthy, "the instance recovered");
    }
    let api_b = Api::new(b.url(""));
    assert_eq!(
        api_b
            .put(&coach, "summary", &secret, "na de storing")
            .await
            .status(),
        StatusCode::OK
    );
    let items = api.items(&coach).await;
    assert_eq!(
        open(&coach, items[0]["ciphertext"].as_str().unwrap()),
        "na de storing"
    );
}
