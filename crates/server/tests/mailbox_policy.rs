//! Who may register, how long things are kept, and how often one may ask, on the real server:
//! registration tokens, retention and the clean-up (with a clock the tests move), rate limits.

mod common;

use common::START;
use common::mailbox::*;
use reqwest::{Client, StatusCode};
use serde_json::{Value, json};
use stc_core::seal::SecretKey;
use stc_server::mailbox::domain::Secret;
use stc_server::mailbox::{DAY, cleanup, tokens};

crate::for_each_backend! {
    #[tokio::test]
    async fn items_expire_after_the_retention_period_unless_replaced_and_the_clean_up_deletes_them() {
        let server = common::spawn_api_on(backend(), |_| {}).await;
        let api = Api::new(server.url(""));
        let coach = api.register_coach(None).await;
        let secret = item_secret();
        api.put(&coach, "old", &secret, "old").await;
        api.put(&coach, "fresh", &secret, "fresh").await;
        server.clock.advance(100 * DAY);
        api.put(&coach, "fresh", &secret, "renewed").await;
        server.clock.advance(79 * DAY);
        assert_eq!(
            api.items(&coach).await.len(),
            2,
            "day 179: both still there"
        );
        server.clock.advance(2 * DAY);
        let left = api.items(&coach).await;
        assert_eq!(
            left.len(),
            1,
            "day 181: the old one is gone even before the clean-up"
        );
        assert_eq!(left[0]["id"], "fresh");

        let report = cleanup::run_once(&server.state.mailboxes).await.unwrap();
        assert_eq!((report.items, report.mailboxes), (1, 0));
        let stored = server.count_rows("items").await;
        assert_eq!(
            stored, 1,
            "the expired ciphertext is deleted from the database"
        );
        // An expired id is free again, even for another sender.
        let reused = api.put(&coach, "old", &item_secret(), "new").await;
        assert_eq!(reused.status(), StatusCode::CREATED);
    }

    #[tokio::test]
    async fn the_retention_period_is_configurable() {
        let server = common::spawn_api_on(backend(), |s| s.mailbox.retention_days = 7).await;
        let api = Api::new(server.url(""));
        let coach = api.register_coach(None).await;
        let receipt: Value = api
            .put(&coach, "a", &item_secret(), "a")
            .await
            .json()
            .await
            .unwrap();
        assert_eq!(receipt["expires_at"], "2026-01-08T00:00:00Z");
        server.clock.advance(7 * DAY);
        assert!(api.items(&coach).await.is_empty());
    }

    #[tokio::test]
    async fn unused_mailboxes_are_deleted_by_the_periodic_clean_up_youngsters_sooner() {
        let server = common::spawn_api_on(backend(), |s| s.mailbox.cleanup_interval_seconds = 1).await;
        let api = Api::new(server.url(""));
        let client = &api.client;
        let used_coach = api.register_coach(None).await;
        let idle_coach = api.register_coach(None).await;
        let youngster_key = SecretKey::generate();
        let youngster: Value = api
            .register_raw(json!({"kind": "youngster", "public_key": public_key_b64(&youngster_key)}))
            .await
            .json()
            .await
            .unwrap();
        let youngster_code = youngster["code"].as_str().unwrap().to_string();
        let _task = cleanup::spawn(server.state.mailboxes.clone(), None);
        let exists = |code: String| {
            let (client, url) = (
                client.clone(),
                server.url(&format!("/api/mailboxes/{code}")),
            );
            async move { client.get(url).send().await.unwrap().status() == StatusCode::OK }
        };

        server.clock.advance(91 * DAY);
        wait_until(|| async { !exists(youngster_code.clone()).await }).await;
        assert!(
            exists(idle_coach.code.clone()).await,
            "a coach's mailbox stays a year"
        );

        server.clock.advance(200 * DAY);
        api.items(&used_coach).await; // the owner looks: it is in use
        server.clock.advance(100 * DAY);
        wait_until(|| async { !exists(idle_coach.code.clone()).await }).await;
        assert!(exists(used_coach.code.clone()).await);
    }

    async fn wait_until<F, Fut>(condition: F)
    where
        F: Fn() -> Fut,
        Fut: std::future::Future<Output = bool>,
    {
        for _ in 0..100 {
            if condition().await {
                return;
            }
            tokio::time::sleep(std::time::Duration::from_millis(100)).await;
        }
        panic!("the condition did not come true within 10 seconds");
    }

    #[tokio::test]
    async fn a_youngster_registers_without_a_token_even_when_coaches_need_one() {
        let server = common::spawn_api_on(backend(), |s| s.mailbox.require_registration_token = true).await;
        let api = Api::new(server.url(""));
        let response = api
            .register_raw(
                json!({"kind": "youngster", "public_key": public_key_b64(&SecretKey::generate())}),
            )
            .await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let body: Value = response.json().await.unwrap();
        assert_eq!(body["kind"], "youngster");
        assert_eq!(body["display_name"], Value::Null);
    }

    #[tokio::test]
    async fn a_coach_needs_a_valid_unused_unexpired_token_when_the_server_requires_one() {
        let server = common::spawn_api_on(backend(), |s| s.mailbox.require_registration_token = true).await;
        let api = Api::new(server.url(""));
        let coach_body = |token: Option<&str>| {
            let mut body = json!({"kind": "coach", "display_name": "Sanne", "public_key": public_key_b64(&SecretKey::generate())});
            if let Some(token) = token {
                body["registration_token"] = json!(token);
            }
            body
        };
        let reason = expect_error(
            api.register_raw(coach_body(None)).await,
            StatusCode::FORBIDDEN,
        )
        .await;
        assert!(reason.contains("registration_token"), "{reason}");
        expect_error(
            api.register_raw(coach_body(Some("bad"))).await,
            StatusCode::BAD_REQUEST,
        )
        .await;
        let unknown = Secret::random();
        expect_error(
            api.register_raw(coach_body(Some(unknown.as_str()))).await,
            StatusCode::FORBIDDEN,
        )
        .await;

        let store = server.state.mailboxes.store.as_ref();
        let made = tokens::create(store, 2, 30, START).await.unwrap();
        let first = api.register_raw(coach_body(Some(made[0].as_str()))).await;
        assert_eq!(first.status(), StatusCode::CREATED);
        let reused = api.register_raw(coach_body(Some(made[0].as_str()))).await;
        let reason = expect_error(reused, StatusCode::FORBIDDEN).await;
        assert!(reason.contains("already used"), "{reason}");

        server.clock.advance(31 * DAY);
        let expired = api.register_raw(coach_body(Some(made[1].as_str()))).await;
        expect_error(expired, StatusCode::FORBIDDEN).await;
        let report = cleanup::run_once(&server.state.mailboxes).await.unwrap();
        assert_eq!(report.tokens, 1, "the expired token is deleted");
    }

    #[tokio::test]
    async fn without_the_requirement_coaches_register_without_a_token() {
        let server = common::spawn_api_on(backend(), |_| {}).await;
        Api::new(server.url("")).register_coach(None).await;
    }

    #[tokio::test]
    async fn requests_over_the_rate_limit_get_a_429_with_a_reason_per_address() {
        let server = common::spawn_api_on(backend(), |s| {
            s.rate_limits.burst = 3;
            s.rate_limits.per_minute = 1;
            s.rate_limits.registration_burst = 2;
            s.rate_limits.registrations_per_hour = 1;
        })
        .await;
        let api = Api::new(server.url(""));
        let client = &api.client;
        let lookup = server.url("/api/mailboxes/ACDE-FG34");
        for _ in 0..3 {
            assert_eq!(
                client.get(&lookup).send().await.unwrap().status(),
                StatusCode::NOT_FOUND
            );
        }
        let limited = client.get(&lookup).send().await.unwrap();
        let retry_after: u64 = limited.headers()["retry-after"]
            .to_str()
            .unwrap()
            .parse()
            .unwrap();
        assert!(retry_after >= 1);
        let reason = expect_error(limited, StatusCode::TOO_MANY_REQUESTS).await;
        assert!(reason.contains("try again"), "{reason}");

        for _ in 0..2 {
            api.register_coach(None).await;
        }
        let body = json!({"kind": "youngster", "public_key": public_key_b64(&SecretKey::generate())});
        let response = api.register_raw(body.clone()).await;
        expect_error(response, StatusCode::TOO_MANY_REQUESTS).await;

        // Another client address has its own quota (all of 127.0.0.0/8 is this machine).
        let other = Client::builder()
            .local_address(std::net::IpAddr::from([127, 0, 0, 2]))
            .build()
            .unwrap();
        assert_eq!(
            other.clone().get(&lookup).send().await.unwrap().status(),
            StatusCode::NOT_FOUND
        );
        assert_eq!(
            Api {
                client: other,
                base: server.url("")
            }
            .register_raw(body)
            .await
            .status(),
            StatusCode::CREATED
        );
        // Health and the API description are not limited.
        assert_eq!(
            client
                .get(server.url("/api/health"))
                .send()
                .await
                .unwrap()
                .status(),
            StatusCode::OK
        );
    }

    #[tokio::test]
    async fn behind_a_trusted_proxy_each_client_has_its_own_quota() {
        let server = common::spawn_api_on(backend(), |s| {
            s.rate_limits.burst = 2;
            s.rate_limits.per_minute = 1;
            s.rate_limits.trusted_proxies = vec!["127.0.0.1".parse().unwrap()];
        })
        .await;
        let client = Client::new();
        let lookup = server.url("/api/mailboxes/ACDE-FG34");
        let from = |client_ip: &str| {
            client
                .get(&lookup)
                .header("x-real-ip", client_ip)
                .send()
        };
        for _ in 0..2 {
            assert_eq!(from("198.51.100.7").await.unwrap().status(), StatusCode::NOT_FOUND);
        }
        let limited = from("198.51.100.7").await.unwrap();
        expect_error(limited, StatusCode::TOO_MANY_REQUESTS).await;
        // Another client behind the same proxy is not limited by the first one.
        assert_eq!(from("198.51.100.8").await.unwrap().status(), StatusCode::NOT_FOUND);
    }
}
