//! A small client of the mailbox API for the tests: what the apps will do, in a few lines.

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use reqwest::{Client, Response, StatusCode};
use serde_json::{Value, json};
use stc_core::seal::{self, SecretKey};

pub struct Owner {
    pub code: String,
    pub secret: String,
    pub key: SecretKey,
}

/// A fresh random item secret, as a sender's app makes one.
pub fn item_secret() -> String {
    let bytes: [u8; 24] = std::array::from_fn(|_| rand_byte());
    URL_SAFE_NO_PAD.encode(bytes)
}

fn rand_byte() -> u8 {
    let mut byte = [0u8; 1];
    getrandom::getrandom(&mut byte).unwrap();
    byte[0]
}

pub fn public_key_b64(key: &SecretKey) -> String {
    STANDARD.encode(key.public_key().to_bytes())
}

/// A sealed item for `owner`, as base64.
pub fn sealed_for(owner: &Owner, message: &str) -> String {
    STANDARD.encode(seal::seal(&owner.key.public_key(), message.as_bytes()).unwrap())
}

pub fn open(owner: &Owner, ciphertext_b64: &str) -> String {
    let bytes = STANDARD.decode(ciphertext_b64).unwrap();
    String::from_utf8(seal::open(&owner.key, &bytes).unwrap()).unwrap()
}

/// The mailbox API at `base`, through one HTTP client.
#[derive(Clone)]
pub struct Api {
    pub client: Client,
    pub base: String,
}

impl Api {
    pub fn new(base: impl Into<String>) -> Api {
        Api {
            client: Client::new(),
            base: base.into(),
        }
    }

    pub fn url(&self, path: &str) -> String {
        format!("{}{path}", self.base)
    }

    pub async fn register_raw(&self, body: Value) -> Response {
        let url = self.url("/api/mailboxes");
        self.client.post(url).json(&body).send().await.unwrap()
    }

    /// Registers a coach (with `token` when given) and returns its code, secret and key.
    pub async fn register_coach(&self, token: Option<&str>) -> Owner {
        let key = SecretKey::generate();
        let mut body = json!({
            "kind": "coach",
            "display_name": "Sanne, Jongerenwerk Noord",
            "public_key": public_key_b64(&key),
        });
        if let Some(token) = token {
            body["registration_token"] = json!(token);
        }
        let response = self.register_raw(body).await;
        assert_eq!(response.status(), StatusCode::CREATED);
        let registered: Value = response.json().await.unwrap();
        Owner {
            code: registered["code"].as_str().unwrap().to_string(),
            secret: registered["owner_secret"].as_str().unwrap().to_string(),
            key,
        }
    }

    pub async fn put_raw(
        &self,
        code: &str,
        item_id: &str,
        secret: &str,
        ciphertext_b64: &str,
    ) -> Response {
        let url = self.url(&format!("/api/mailboxes/{code}/items/{item_id}"));
        let body = json!({ "ciphertext": ciphertext_b64 });
        self.client
            .put(url)
            .bearer_auth(secret)
            .json(&body)
            .send()
            .await
            .unwrap()
    }

    /// Seals `message` for `owner` and puts it as `item_id`.
    pub async fn put(&self, owner: &Owner, item_id: &str, secret: &str, message: &str) -> Response {
        self.put_raw(&owner.code, item_id, secret, &sealed_for(owner, message))
            .await
    }

    pub async fn list(&self, code: &str, secret: &str) -> Response {
        let url = self.url(&format!("/api/mailboxes/{code}/items"));
        self.client
            .get(url)
            .bearer_auth(secret)
            .send()
            .await
            .unwrap()
    }

    /// The items of `owner`'s mailbox (asserting the list succeeds).
    pub async fn items(&self, owner: &Owner) -> Vec<Value> {
        let response = self.list(&owner.code, &owner.secret).await;
        assert_eq!(response.status(), StatusCode::OK);
        let body: Value = response.json().await.unwrap();
        body["items"].as_array().unwrap().clone()
    }
}

/// Asserts the status and that the body is `{"error": "<a sentence>"}`; returns the sentence.
pub async fn expect_error(response: Response, status: StatusCode) -> String {
    assert_eq!(response.status(), status);
    assert_eq!(
        response.headers()["content-type"],
        "application/json",
        "errors are JSON"
    );
    let body: Value = response.json().await.unwrap();
    let reason = body["error"].as_str().expect("an error field").to_string();
    assert!(!reason.is_empty());
    reason
}
