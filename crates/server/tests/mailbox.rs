//! The mailbox API on the real server (127.0.0.1, a free port, a fresh SQLite file): every
//! endpoint's happy path and its errors, the size limit, races, privacy, the API description.
//! Tokens, retention and rate limits are in `mailbox_policy.rs`.

mod common;

use common::START;
use common::mailbox::*;
use reqwest::{Client, StatusCode};
use serde_json::{Value, json};
use stc_core::seal::SecretKey;
use stc_server::mailbox::domain::{Code, OwnerKind, Secret};
use stc_server::mailbox::store::{NewMailbox, StoreError};

crate::for_each_backend! {
    #[tokio::test]
    async fn a_coach_registers_and_a_sender_finds_the_name_and_key_by_code() {
        let server = common::spawn_api_on(backend(), |_| {}).await;
        let api = Api::new(server.url(""));
        let client = &api.client;
        let key = SecretKey::generate();
        let response = api.register_raw(
            json!({"kind": "coach", "display_name": "  Sanne  ", "public_key": public_key_b64(&key)}),
        )
        .await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let location = response.headers()["location"].to_str().unwrap().to_string();
        let registered: Value = response.json().await.unwrap();
        let code = registered["code"].as_str().unwrap();
        assert_eq!(location, format!("/api/mailboxes/{code}"));
        assert!(Code::parse(code).is_ok(), "{code}");
        assert_eq!(code.len(), 9);
        assert!(registered["owner_secret"].as_str().unwrap().len() >= 43);
        assert_eq!(registered["kind"], "coach");

        // Typed in lower case and without the dash, as people do.
        let typed = code.to_lowercase().replace('-', "");
        let found: Value = client
            .get(server.url(&format!("/api/mailboxes/{typed}")))
            .send()
            .await
            .unwrap()
            .json()
            .await
            .unwrap();
        assert_eq!(found["code"], code);
        assert_eq!(found["display_name"], "Sanne");
        assert_eq!(found["kind"], "coach");
        assert_eq!(found["public_key"], public_key_b64(&key));
    }

    #[tokio::test]
    async fn an_unknown_code_is_a_404_and_a_malformed_code_a_400() {
        let server = common::spawn_api_on(backend(), |_| {}).await;
        let client = Client::new();
        let unknown = client
            .get(server.url("/api/mailboxes/ACDE-FG34"))
            .send()
            .await
            .unwrap();
        let reason = expect_error(unknown, StatusCode::NOT_FOUND).await;
        assert!(reason.contains("ACDE-FG34"), "{reason}");
        let malformed = client
            .get(server.url("/api/mailboxes/ACDE-FG30"))
            .send()
            .await
            .unwrap();
        let reason = expect_error(malformed, StatusCode::BAD_REQUEST).await;
        assert!(reason.contains("not a mailbox code"), "{reason}");
    }

    #[tokio::test]
    async fn sealed_items_are_put_listed_opened_replaced_and_deleted() {
        let server = common::spawn_api_on(backend(), |_| {}).await;
        let api = Api::new(server.url(""));
        let client = &api.client;
        let coach = api.register_coach(None).await;
        let secret = item_secret();

        let created = api.put(&coach, "summary-1", &secret, "first").await;
        assert_eq!(created.status(), StatusCode::CREATED);
        let receipt: Value = created.json().await.unwrap();
        assert_eq!(receipt["id"], "summary-1");
        assert_eq!(receipt["updated_at"], "2026-01-01T00:00:00Z");
        assert_eq!(
            receipt["expires_at"], "2026-06-30T00:00:00Z",
            "180 days later"
        );

        server.clock.advance(60);
        let replaced = api.put(&coach, "summary-1", &secret, "second").await;
        assert_eq!(replaced.status(), StatusCode::OK);
        api.put(&coach, "summary-2", &item_secret(), "other").await;

        let items = api.items(&coach).await;
        assert_eq!(items.len(), 2);
        assert_eq!(items[0]["id"], "summary-1");
        assert_eq!(
            open(&coach, items[0]["ciphertext"].as_str().unwrap()),
            "second"
        );
        assert_eq!(items[0]["updated_at"], "2026-01-01T00:01:00Z");
        assert_eq!(
            open(&coach, items[1]["ciphertext"].as_str().unwrap()),
            "other"
        );

        let url = server.url(&format!("/api/mailboxes/{}/items/summary-1", coach.code));
        let deleted = client
            .delete(&url)
            .bearer_auth(&secret)
            .send()
            .await
            .unwrap();
        assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
        let again = client
            .delete(&url)
            .bearer_auth(&secret)
            .send()
            .await
            .unwrap();
        expect_error(again, StatusCode::NOT_FOUND).await;
        let by_owner = client
            .delete(server.url(&format!("/api/mailboxes/{}/items/summary-2", coach.code)))
            .bearer_auth(&coach.secret)
            .send()
            .await
            .unwrap();
        assert_eq!(
            by_owner.status(),
            StatusCode::NO_CONTENT,
            "the owner may delete any item"
        );
        assert!(api.items(&coach).await.is_empty());
    }

    #[tokio::test]
    async fn wrong_and_missing_secrets_are_refused_and_change_nothing() {
        let server = common::spawn_api_on(backend(), |_| {}).await;
        let api = Api::new(server.url(""));
        let client = &api.client;
        let coach = api.register_coach(None).await;
        let secret = item_secret();
        api.put(&coach, "a", &secret, "kept").await;

        let stranger = item_secret();
        let replace = api.put(&coach, "a", &stranger, "evil").await;
        expect_error(replace, StatusCode::FORBIDDEN).await;
        let item_url = server.url(&format!("/api/mailboxes/{}/items/a", coach.code));
        let delete = client
            .delete(&item_url)
            .bearer_auth(&stranger)
            .send()
            .await
            .unwrap();
        expect_error(delete, StatusCode::FORBIDDEN).await;
        let listing = api.list(&coach.code, &secret).await;
        expect_error(listing, StatusCode::FORBIDDEN).await;
        let mailbox_url = server.url(&format!("/api/mailboxes/{}", coach.code));
        let delete_box = client
            .delete(&mailbox_url)
            .bearer_auth(&secret)
            .send()
            .await
            .unwrap();
        expect_error(delete_box, StatusCode::FORBIDDEN).await;

        let no_secret = client
            .get(server.url(&format!("/api/mailboxes/{}/items", coach.code)))
            .send()
            .await
            .unwrap();
        assert_eq!(no_secret.headers()["www-authenticate"], "Bearer");
        let reason = expect_error(no_secret, StatusCode::UNAUTHORIZED).await;
        assert!(reason.contains("Authorization: Bearer"), "{reason}");
        let malformed = client
            .delete(&item_url)
            .header("authorization", "Bearer short")
            .send()
            .await
            .unwrap();
        expect_error(malformed, StatusCode::BAD_REQUEST).await;

        let items = api.items(&coach).await;
        assert_eq!(items.len(), 1);
        assert_eq!(
            open(&coach, items[0]["ciphertext"].as_str().unwrap()),
            "kept"
        );
    }

    #[tokio::test]
    async fn the_owner_deletes_the_whole_mailbox_and_its_code_is_never_given_again() {
        let server = common::spawn_api_on(backend(), |_| {}).await;
        let api = Api::new(server.url(""));
        let client = &api.client;
        let coach = api.register_coach(None).await;
        api.put(&coach, "a", &item_secret(), "x").await;
        let url = server.url(&format!("/api/mailboxes/{}", coach.code));
        let deleted = client
            .delete(&url)
            .bearer_auth(&coach.secret)
            .send()
            .await
            .unwrap();
        assert_eq!(deleted.status(), StatusCode::NO_CONTENT);
        expect_error(
            client.get(&url).send().await.unwrap(),
            StatusCode::NOT_FOUND,
        )
        .await;
        let put = api.put(&coach, "b", &item_secret(), "y").await;
        expect_error(put, StatusCode::NOT_FOUND).await;
        let items_left = server.count_rows("items").await;
        assert_eq!(items_left, 0, "the items went with the mailbox");

        let reuse = server
            .state
            .mailboxes
            .store
            .register(
                NewMailbox {
                    code: Code::parse(&coach.code).unwrap(),
                    kind: OwnerKind::Coach,
                    display_name: Some("Someone else".into()),
                    public_key: SecretKey::generate().public_key().to_bytes(),
                    owner_secret: Secret::random().hash(),
                    now: START,
                },
                None,
            )
            .await;
        assert_eq!(reuse, Err(StoreError::CodeTaken));
    }

    #[tokio::test]
    async fn every_registration_field_is_validated_with_a_reason() {
        let server = common::spawn_api_on(backend(), |_| {}).await;
        let api = Api::new(server.url(""));
        let key = public_key_b64(&SecretKey::generate());
        let cases = [
            (json!({"kind": "coach", "public_key": key}), "display_name"),
            (
                json!({"kind": "coach", "display_name": " ", "public_key": key}),
                "empty",
            ),
            (
                json!({"kind": "coach", "display_name": "x".repeat(61), "public_key": key}),
                "60",
            ),
            (
                json!({"kind": "coach", "display_name": "a\nb", "public_key": key}),
                "control",
            ),
            (
                json!({"kind": "youngster", "display_name": "Noor", "public_key": key}),
                "youngster",
            ),
            (
                json!({"kind": "coach", "display_name": "S", "public_key": "AAAA"}),
                "32 bytes",
            ),
            (
                json!({"kind": "coach", "display_name": "S", "public_key": "not base64!"}),
                "base64",
            ),
            (
                json!({"kind": "admin", "display_name": "S", "public_key": key}),
                "kind",
            ),
            (
                json!({"kind": "coach", "display_name": "S", "public_key": key, "nickname": "Noor"}),
                "nickname",
            ),
            (
                json!({"kind": "coach", "display_name": 7, "public_key": key}),
                "display_name",
            ),
        ];
        for (body, expected) in cases {
            let reason = expect_error(
                api.register_raw(body.clone()).await,
                StatusCode::BAD_REQUEST,
            )
            .await;
            assert!(reason.contains(expected), "{body}: {reason}");
        }
    }

    #[tokio::test]
    async fn every_item_field_is_validated_with_a_reason() {
        let server = common::spawn_api_on(backend(), |_| {}).await;
        let api = Api::new(server.url(""));
        let client = &api.client;
        let coach = api.register_coach(None).await;
        let ok = sealed_for(&coach, "x");
        let plain = base64::Engine::encode(
            &base64::engine::general_purpose::STANDARD,
            "my answers in the clear",
        );
        let cases = [
            ("a%20b", ok.clone(), "item id"),
            (&*"x".repeat(65), ok.clone(), "item id"),
            ("a", "%%%".to_string(), "base64"),
            ("a", plain, "not a sealed item"),
        ];
        for (item_id, ciphertext, expected) in cases {
            let response = api
                .put_raw(&coach.code, item_id, &item_secret(), &ciphertext)
                .await;
            let reason = expect_error(response, StatusCode::BAD_REQUEST).await;
            assert!(reason.contains(expected), "{item_id}: {reason}");
        }
        let url = server.url(&format!("/api/mailboxes/{}/items/a", coach.code));
        let not_json = client
            .put(&url)
            .bearer_auth(item_secret())
            .body("{}")
            .send()
            .await
            .unwrap();
        let reason = expect_error(not_json, StatusCode::UNSUPPORTED_MEDIA_TYPE).await;
        assert!(reason.contains("application/json"), "{reason}");
        let broken = client
            .put(&url)
            .bearer_auth(item_secret())
            .header("content-type", "application/json")
            .body("{\"ciphertext\": ")
            .send()
            .await
            .unwrap();
        expect_error(broken, StatusCode::BAD_REQUEST).await;
        assert!(api.items(&coach).await.is_empty());
    }

    #[tokio::test]
    async fn a_body_over_64_kb_is_a_413_and_a_full_sized_item_fits() {
        let server = common::spawn_api_on(backend(), |_| {}).await;
        let api = Api::new(server.url(""));
        let client = &api.client;
        let coach = api.register_coach(None).await;
        let largest = sealed_for(&coach, &"x".repeat(stc_core::seal::MAX_MESSAGE_LEN));
        let fits = api
            .put_raw(&coach.code, "big", &item_secret(), &largest)
            .await;
        assert_eq!(fits.status(), StatusCode::CREATED);
        let huge = format!("{{\"ciphertext\": \"{}\"}}", "A".repeat(70 * 1024));
        let response = client
            .put(server.url(&format!("/api/mailboxes/{}/items/huge", coach.code)))
            .bearer_auth(item_secret())
            .header("content-type", "application/json")
            .body(huge)
            .send()
            .await
            .unwrap();
        let reason = expect_error(response, StatusCode::PAYLOAD_TOO_LARGE).await;
        assert!(reason.contains("65536"), "{reason}");
    }

    #[tokio::test]
    async fn a_full_mailbox_refuses_new_items_but_takes_replacements() {
        let server = common::spawn_api_on(backend(), |s| s.mailbox.max_items_per_mailbox = 2).await;
        let api = Api::new(server.url(""));
        let coach = api.register_coach(None).await;
        let secret = item_secret();
        for id in ["a", "b"] {
            api.put(&coach, id, &secret, id).await;
        }
        let third = api.put(&coach, "c", &secret, "c").await;
        let reason = expect_error(third, StatusCode::CONFLICT).await;
        assert!(reason.contains("full"), "{reason}");
        let replace = api.put(&coach, "a", &secret, "a2").await;
        assert_eq!(replace.status(), StatusCode::OK);
    }

    #[tokio::test]
    async fn two_senders_replacing_one_item_at_once_leave_exactly_one_whole_item() {
        let server = common::spawn_api_on(backend(), |_| {}).await;
        let api = Api::new(server.url(""));
        let coach = api.register_coach(None).await;
        let shared = item_secret();
        let sends = (0..16).map(|i| {
            let (api, code, shared) = (api.clone(), coach.code.clone(), shared.clone());
            let sealed = sealed_for(&coach, &format!("version {i}"));
            tokio::spawn(async move {
                api.put_raw(&code, "shared", &shared, &sealed)
                    .await
                    .status()
            })
        });
        let statuses: Vec<StatusCode> = futures_join(sends).await;
        assert_eq!(
            statuses
                .iter()
                .filter(|s| **s == StatusCode::CREATED)
                .count(),
            1,
            "{statuses:?}"
        );
        assert_eq!(
            statuses.iter().filter(|s| **s == StatusCode::OK).count(),
            15,
            "{statuses:?}"
        );
        let items = api.items(&coach).await;
        assert_eq!(items.len(), 1);
        assert!(open(&coach, items[0]["ciphertext"].as_str().unwrap()).starts_with("version "));

        // Two senders with different secrets racing for a new id: one wins, the other is refused.
        let racers = (0..8).map(|i| {
            let (api, code) = (api.clone(), coach.code.clone());
            let sealed = sealed_for(&coach, &format!("racer {i}"));
            tokio::spawn(async move {
                api.put_raw(&code, "race", &item_secret(), &sealed)
                    .await
                    .status()
            })
        });
        let statuses = futures_join(racers).await;
        assert_eq!(
            statuses
                .iter()
                .filter(|s| **s == StatusCode::CREATED)
                .count(),
            1,
            "{statuses:?}"
        );
        assert_eq!(
            statuses
                .iter()
                .filter(|s| **s == StatusCode::FORBIDDEN)
                .count(),
            7,
            "{statuses:?}"
        );
    }

    async fn futures_join<T: Send + 'static>(
        tasks: impl Iterator<Item = tokio::task::JoinHandle<T>>,
    ) -> Vec<T> {
        let mut results = Vec::new();
        for task in tasks.collect::<Vec<_>>() {
            results.push(task.await.unwrap());
        }
        results
    }

    #[tokio::test]
    async fn the_database_never_holds_the_summary_in_the_clear() {
        let server = common::spawn_api_on(backend(), |_| {}).await;
        let api = Api::new(server.url(""));
        let coach = api.register_coach(None).await;
        let marker = "ZEEPKIST-geheim-antwoord-7319";
        let summary =
            format!("Wonen: ik wil op mezelf wonen. Werk: {marker}. Gezondheid: slaap slecht.");
        let sealed = sealed_for(&coach, &summary);
        let response = api
            .put_raw(&coach.code, "summary", &item_secret(), &sealed)
            .await;
        assert_eq!(response.status(), StatusCode::CREATED);
        // The coach can read it: the marker really was sent.
        let items = api.items(&coach).await;
        assert!(open(&coach, items[0]["ciphertext"].as_str().unwrap()).contains(marker));

        let stored = server.stored_bytes();
        // pg_dump writes binary columns as hex: look for both spellings.
        let contains = |needle: &[u8]| {
            let hex: String = needle.iter().map(|b| format!("{b:02x}")).collect();
            stored.windows(needle.len()).any(|w| w == needle)
                || stored.windows(hex.len()).any(|w| w == hex.as_bytes())
        };
        let raw_ciphertext =
            base64::Engine::decode(&base64::engine::general_purpose::STANDARD, &sealed).unwrap();
        assert!(
            contains(&raw_ciphertext[..64]),
            "the search sees what was stored"
        );
        assert!(
            contains("Sanne, Jongerenwerk Noord".as_bytes()),
            "the search sees the files"
        );
        assert!(
            !contains(marker.as_bytes()),
            "the marker is in the database in the clear"
        );
        assert!(!contains("Wonen: ik wil".as_bytes()));
        assert!(!contains(b"127.0.0.1"), "no client address is stored");
    }

    #[tokio::test]
    async fn the_openapi_description_lists_every_mailbox_route() {
        let server = common::spawn_api_on(backend(), |_| {}).await;
        let response = reqwest::get(server.url("/api/openapi.json")).await.unwrap();
        assert_eq!(response.status(), StatusCode::OK);
        let doc: Value = response.json().await.unwrap();
        assert!(doc["openapi"].as_str().unwrap().starts_with("3."));
        let paths = doc["paths"].as_object().unwrap();
        for (path, method) in [
            ("/api/mailboxes", "post"),
            ("/api/mailboxes/{code}", "get"),
            ("/api/mailboxes/{code}", "delete"),
            ("/api/mailboxes/{code}/items", "get"),
            ("/api/mailboxes/{code}/items/{item_id}", "put"),
            ("/api/mailboxes/{code}/items/{item_id}", "delete"),
        ] {
            assert!(paths[path][method].is_object(), "{method} {path}");
        }
        assert_eq!(
            doc["components"]["securitySchemes"]["secret"]["scheme"],
            "bearer"
        );
    }
}
