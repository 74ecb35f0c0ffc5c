//! Every route of the OpenAPI description with malformed bodies, wrong content types, huge and
//! empty bodies, odd secrets, every method and odd paths: never a 5xx, and every API error is a
//! JSON reason.

mod common;

use common::mailbox::*;
use reqwest::{Method, StatusCode};
use serde_json::Value;

fn bodies(valid_item: &str) -> Vec<(&'static str, Vec<u8>)> {
    vec![
        ("none", Vec::new()),
        ("whitespace", b"  \n".to_vec()),
        ("truncated", b"{\"ciphertext\": \"".to_vec()),
        ("null", b"null".to_vec()),
        ("array", b"[1, 2, 3]".to_vec()),
        (
            "wrong types",
            br#"{"ciphertext": 5, "kind": [], "public_key": {}}"#.to_vec(),
        ),
        (
            "unknown fields",
            br#"{"ciphertext": "AQ==", "answers": "in the clear"}"#.to_vec(),
        ),
        (
            "valid item",
            format!("{{\"ciphertext\": \"{valid_item}\"}}").into_bytes(),
        ),
        ("not utf-8", vec![0xff, 0xfe, b'{', 0x80, b'}']),
        (
            "deep nesting",
            format!("{}{}", "[".repeat(5000), "]".repeat(5000)).into_bytes(),
        ),
        (
            "huge string",
            format!("{{\"ciphertext\": \"{}\"}}", "A".repeat(100_000)).into_bytes(),
        ),
        ("huge junk", vec![b'x'; 150_000]),
        ("nul bytes", vec![0; 100]),
        (
            "big number",
            br#"{"kind": "coach", "display_name": 1e999, "public_key": -1}"#.to_vec(),
        ),
    ]
}

const CONTENT_TYPES: [Option<&str>; 5] = [
    None,
    Some("application/json"),
    Some("application/json; charset=utf-8"),
    Some("text/plain"),
    Some("multipart/form-data; boundary=x"),
];

#[tokio::test]
async fn no_request_to_any_documented_route_gets_a_server_error() {
    let server = common::spawn_api(|s| s.rate_limits.per_minute = 1_000_000).await;
    let api = Api::new(server.url(""));
    let (client, base) = (&api.client, &api.base);
    let coach = api.register_coach(None).await;
    let valid_item = sealed_for(&coach, "fuzz");
    api.put_raw(&coach.code, "known", &coach.secret, &valid_item)
        .await;

    let doc: Value = client
        .get(server.url("/api/openapi.json"))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let paths = doc["paths"].as_object().unwrap();
    assert!(paths.len() >= 3);
    let codes = [
        coach.code.as_str(),
        "ACDE-FG34",
        "acdefg34",
        "0000-0000",
        "%FF%FE",
        "..",
        &"A".repeat(3000),
    ];
    let item_ids = ["known", "new-one", "a%2Fb", "%00", &"x".repeat(3000)];
    let secrets = [
        None,
        Some("Bearer"),
        Some("Bearer short"),
        Some("Basic dXNlcjpwYXNz"),
        Some(coach.secret.as_str()),
    ];

    let mut requests = 0;
    for (template, operations) in paths {
        let documented: Vec<Method> = operations
            .as_object()
            .unwrap()
            .keys()
            .map(|m| m.to_uppercase().parse().unwrap())
            .collect();
        let concrete: Vec<String> = codes
            .iter()
            .flat_map(|code| {
                let with_code = template.replace("{code}", code);
                item_ids
                    .iter()
                    .map(move |id| with_code.replace("{item_id}", id))
            })
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        for path in &concrete {
            for method in [
                Method::GET,
                Method::POST,
                Method::PUT,
                Method::DELETE,
                Method::PATCH,
                Method::HEAD,
                Method::OPTIONS,
            ] {
                let url = format!("{base}{path}");
                if documented.contains(&method) {
                    let owner = Some(coach.secret.as_str());
                    let cases = bodies(&valid_item)
                        .into_iter()
                        .flat_map(|(label, body)| {
                            CONTENT_TYPES.map(|ct| (label, body.clone(), ct, owner))
                        })
                        .chain(secrets.map(|secret| {
                            (
                                "valid item",
                                bodies(&valid_item)[7].1.clone(),
                                Some("application/json"),
                                secret,
                            )
                        }));
                    for (label, body, content_type, secret) in cases {
                        let mut request = client.request(method.clone(), &url).body(body);
                        if let Some(content_type) = content_type {
                            request = request.header("content-type", content_type);
                        }
                        if let Some(secret) = secret {
                            let value =
                                if secret.starts_with("Bearer") || secret.starts_with("Basic") {
                                    secret.to_string()
                                } else {
                                    format!("Bearer {secret}")
                                };
                            request = request.header("authorization", value);
                        }
                        let response = request.send().await.unwrap();
                        check(
                            response,
                            &format!("{method} {path} {label} {content_type:?} {secret:?}"),
                        )
                        .await;
                        requests += 1;
                    }
                } else {
                    let response = client
                        .request(method.clone(), &url)
                        .body("{}")
                        .send()
                        .await
                        .unwrap();
                    check(response, &format!("{method} {path}")).await;
                    requests += 1;
                }
            }
        }
    }
    for odd in [
        "/api//mailboxes",
        "/api/mailboxes/",
        "/api/mailboxes/ACDE-FG34/items/",
        "/api/mailboxes/ACDE-FG34/items/a/b",
        "/api/mailboxes/%E2%80%AE",
        "/api/../api/mailboxes",
        "/api/mailboxes?code=ACDE-FG34",
        "/api/openapi.json/extra",
    ] {
        for method in [Method::GET, Method::POST, Method::PUT, Method::DELETE] {
            let response = client
                .request(method.clone(), format!("{base}{odd}"))
                .header("content-type", "application/json")
                .body("{\"kind\": \"coach\"}")
                .send()
                .await
                .unwrap();
            check(response, &format!("{method} {odd}")).await;
            requests += 1;
        }
    }
    assert!(requests > 3000, "{requests} requests");
    // After all that (which deleted the first mailbox with its own secret), the server works.
    let after = api.register_coach(None).await;
    let put = api.put(&after, "after", &item_secret(), "ok").await;
    assert_eq!(put.status(), StatusCode::CREATED);
    assert_eq!(api.items(&after).await.len(), 1);
}

async fn check(response: reqwest::Response, what: &str) {
    let status = response.status();
    assert!(!status.is_server_error(), "{what}: {status}");
    if status.is_client_error() {
        let content_type = response.headers().get("content-type").cloned();
        let body = response.bytes().await.unwrap();
        if body.is_empty() {
            return; // HEAD answers carry no body
        }
        assert_eq!(content_type.unwrap(), "application/json", "{what}");
        let json: Value =
            serde_json::from_slice(&body).unwrap_or_else(|_| panic!("{what}: not JSON"));
        assert!(json["error"].is_string(), "{what}: {json}");
    }
    assert_ne!(status, StatusCode::INTERNAL_SERVER_ERROR);
}
