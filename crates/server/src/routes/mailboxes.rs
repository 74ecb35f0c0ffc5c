//! The mailbox API: thin handlers that validate every field into the types of
//! [`crate::mailbox::domain`], then ask the store.

use axum::Json;
use axum::extract::State;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};
use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use serde::{Deserialize, Serialize};
use utoipa::ToSchema;

use crate::error::{AppError, ErrorBody};
use crate::extract::{ApiJson, ApiPath, Bearer};
use crate::mailbox::domain::{
    Code, ItemId, OwnerKind, Secret, parse_display_name, parse_public_key, parse_sealed_item,
};
use crate::mailbox::store::{DeleteRights, ItemWrite, NewMailbox, PutOutcome, StoreError, Time};
use crate::startup::AppState;

/// Attempts at a free code before giving up (with 25^8 codes, one is nearly always enough).
const CODE_ATTEMPTS: usize = 8;

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct RegisterRequest {
    kind: OwnerKind,
    /// A coach's name as youngsters see it before they send (1–60 characters). A youngster's
    /// mailbox has none: the invitation carries the youngster's name, not the server.
    #[schema(example = "Sanne, Jongerenwerk Noord")]
    display_name: Option<String>,
    /// The owner's X25519 public key: standard base64 of 32 bytes.
    #[schema(example = "q2VwAc3c4Zr1lWk3dZKxD8C1x0pX2mJ0v2bXl7qkz1A=")]
    public_key: String,
    /// A one-time token from `stc-server registration-tokens`, when the server requires one
    /// for coaches.
    registration_token: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct Registered {
    /// The mailbox's code, to give to senders.
    #[schema(example = "ACDE-FG34")]
    code: String,
    /// The owner's secret: shown this once, kept by the server only as a hash. Send it as
    /// `Authorization: Bearer <secret>` to list items or delete the mailbox.
    owner_secret: String,
    kind: OwnerKind,
    display_name: Option<String>,
}

#[derive(Serialize, ToSchema)]
pub struct MailboxView {
    #[schema(example = "ACDE-FG34")]
    code: String,
    kind: OwnerKind,
    display_name: Option<String>,
    /// Standard base64 of the 32-byte X25519 key to seal items to.
    public_key: String,
}

#[derive(Deserialize, ToSchema)]
#[serde(deny_unknown_fields)]
pub struct PutItemRequest {
    /// Standard base64 of an item sealed with `stc_core::seal` (version byte, sealed box of a
    /// padded message).
    ciphertext: String,
}

#[derive(Serialize, ToSchema)]
pub struct ItemReceipt {
    id: String,
    /// RFC 3339, UTC.
    updated_at: String,
    /// When the item is deleted unless it is replaced before (RFC 3339, UTC).
    expires_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct ItemView {
    id: String,
    /// Standard base64 of the sealed item.
    ciphertext: String,
    updated_at: String,
    expires_at: String,
}

#[derive(Serialize, ToSchema)]
pub struct ItemList {
    /// The items not yet expired, oldest change first.
    items: Vec<ItemView>,
}

fn bad(message: String) -> AppError {
    AppError::BadRequest(message)
}

fn code_from_path(code: &str) -> Result<Code, AppError> {
    Code::parse(code).map_err(bad)
}

/// The store's "no such mailbox" with the code in the message.
fn for_code(code: &Code) -> impl Fn(StoreError) -> AppError + '_ {
    move |error| match error {
        StoreError::NoSuchMailbox => AppError::NotFound(format!(
            "there is no mailbox with the code {}",
            code.as_str()
        )),
        other => other.into(),
    }
}

fn rfc3339(time: Time) -> String {
    chrono::DateTime::<chrono::Utc>::from_timestamp(time, 0)
        .map(|t| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true))
        .unwrap_or_default()
}

/// Register an owner: a coach (a token may be required) or a youngster (never a token).
#[utoipa::path(
    post, path = "/api/mailboxes", tag = "mailboxes",
    request_body = RegisterRequest,
    responses(
        (status = 201, description = "Registered; the owner secret is shown only now", body = Registered),
        (status = 400, description = "A field is missing or not valid", body = ErrorBody),
        (status = 403, description = "A coach needs a valid registration token here", body = ErrorBody),
        (status = 413, description = "The body is over 64 KB", body = ErrorBody),
        (status = 415, description = "The body is not JSON", body = ErrorBody),
        (status = 429, description = "Too many registrations from this address", body = ErrorBody),
    )
)]
pub async fn register(
    State(state): State<AppState>,
    ApiJson(request): ApiJson<RegisterRequest>,
) -> Result<Response, AppError> {
    let mailboxes = &state.mailboxes;
    let display_name = match (request.kind, request.display_name) {
        (OwnerKind::Coach, Some(name)) => Some(parse_display_name(&name).map_err(bad)?),
        (OwnerKind::Coach, None) => {
            return Err(bad("a coach's mailbox needs a display_name".into()));
        }
        (OwnerKind::Youngster, None) => None,
        (OwnerKind::Youngster, Some(_)) => {
            return Err(bad(
                "a youngster's mailbox has no display_name: the server keeps no youngster's name"
                    .into(),
            ));
        }
    };
    let public_key = parse_public_key(&request.public_key).map_err(bad)?;
    let token = match (request.kind, mailboxes.settings.require_registration_token) {
        (OwnerKind::Coach, true) => {
            let token = request.registration_token.ok_or_else(|| {
                AppError::Forbidden(
                    "registering a coach here needs a registration_token from the organisation \
                     that runs this server"
                        .into(),
                )
            })?;
            Some(
                Secret::parse(&token)
                    .map_err(|e| bad(format!("the registration_token is not valid: {e}")))?
                    .hash(),
            )
        }
        _ => None,
    };
    let owner_secret = Secret::random();
    for _ in 0..CODE_ATTEMPTS {
        let code = Code::random();
        let mailbox = NewMailbox {
            code: code.clone(),
            kind: request.kind,
            display_name: display_name.clone(),
            public_key,
            owner_secret: owner_secret.hash(),
            now: mailboxes.now(),
        };
        match mailboxes.store.register(mailbox, token).await {
            Ok(()) => {
                let location = HeaderValue::from_str(&format!("/api/mailboxes/{}", code.as_str()))
                    .expect("a code is ASCII");
                let body = Registered {
                    code: code.as_str().to_string(),
                    owner_secret: owner_secret.as_str().to_string(),
                    kind: request.kind,
                    display_name,
                };
                return Ok((
                    StatusCode::CREATED,
                    [(header::LOCATION, location)],
                    Json(body),
                )
                    .into_response());
            }
            Err(StoreError::CodeTaken) => continue,
            Err(error) => return Err(error.into()),
        }
    }
    Err(StoreError::CodeTaken.into())
}

/// Look up a code: the owner's display name and the public key to seal to.
#[utoipa::path(
    get, path = "/api/mailboxes/{code}", tag = "mailboxes",
    params(("code" = String, Path, description = "The mailbox code, e.g. ACDE-FG34 (any case, dash optional)")),
    responses(
        (status = 200, body = MailboxView),
        (status = 400, description = "Not a code", body = ErrorBody),
        (status = 404, description = "No mailbox has this code", body = ErrorBody),
        (status = 429, body = ErrorBody),
    )
)]
pub async fn lookup(
    State(state): State<AppState>,
    ApiPath(code): ApiPath<String>,
) -> Result<Json<MailboxView>, AppError> {
    let code = code_from_path(&code)?;
    let info = state
        .mailboxes
        .store
        .lookup(&code)
        .await
        .map_err(for_code(&code))?;
    Ok(Json(MailboxView {
        code: info.code.as_str().to_string(),
        kind: info.kind,
        display_name: info.display_name,
        public_key: STANDARD.encode(info.public_key),
    }))
}

/// Delete the whole mailbox with its items (owner secret). Its code is never given out again.
#[utoipa::path(
    delete, path = "/api/mailboxes/{code}", tag = "mailboxes",
    params(("code" = String, Path)),
    security(("secret" = [])),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, description = "Not the owner secret", body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 429, body = ErrorBody),
    )
)]
pub async fn delete_mailbox(
    State(state): State<AppState>,
    ApiPath(code): ApiPath<String>,
    Bearer(owner): Bearer,
) -> Result<StatusCode, AppError> {
    let code = code_from_path(&code)?;
    state
        .mailboxes
        .store
        .delete_mailbox(&code, owner.hash())
        .await
        .map_err(for_code(&code))?;
    Ok(StatusCode::NO_CONTENT)
}

/// List the items (owner secret).
#[utoipa::path(
    get, path = "/api/mailboxes/{code}/items", tag = "mailboxes",
    params(("code" = String, Path)),
    security(("secret" = [])),
    responses(
        (status = 200, body = ItemList),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, description = "Not the owner secret", body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 429, body = ErrorBody),
    )
)]
pub async fn list_items(
    State(state): State<AppState>,
    ApiPath(code): ApiPath<String>,
    Bearer(owner): Bearer,
) -> Result<Json<ItemList>, AppError> {
    let code = code_from_path(&code)?;
    let mailboxes = &state.mailboxes;
    let items = mailboxes
        .store
        .list_items(&code, owner.hash(), mailboxes.now())
        .await
        .map_err(for_code(&code))?;
    Ok(Json(ItemList {
        items: items
            .into_iter()
            .map(|item| ItemView {
                id: item.id,
                ciphertext: STANDARD.encode(&item.ciphertext),
                updated_at: rfc3339(item.updated_at),
                expires_at: rfc3339(item.expires_at),
            })
            .collect(),
    }))
}

/// Put an item (item secret, chosen by the sender): created, or replaced with the same secret.
#[utoipa::path(
    put, path = "/api/mailboxes/{code}/items/{item_id}", tag = "mailboxes",
    params(
        ("code" = String, Path),
        ("item_id" = String, Path, description = "Chosen by the sender: 1–64 of A-Z a-z 0-9 - _"),
    ),
    request_body = PutItemRequest,
    security(("secret" = [])),
    responses(
        (status = 201, description = "Created", body = ItemReceipt),
        (status = 200, description = "Replaced", body = ItemReceipt),
        (status = 400, description = "Not a sealed item, or another field is not valid", body = ErrorBody),
        (status = 401, body = ErrorBody),
        (status = 403, description = "The item exists with another secret", body = ErrorBody),
        (status = 404, body = ErrorBody),
        (status = 409, description = "The mailbox is full", body = ErrorBody),
        (status = 413, body = ErrorBody), (status = 415, body = ErrorBody), (status = 429, body = ErrorBody),
    )
)]
pub async fn put_item(
    State(state): State<AppState>,
    ApiPath((code, item_id)): ApiPath<(String, String)>,
    Bearer(secret): Bearer,
    ApiJson(request): ApiJson<PutItemRequest>,
) -> Result<Response, AppError> {
    let code = code_from_path(&code)?;
    let item_id = ItemId::parse(&item_id).map_err(bad)?;
    let ciphertext = parse_sealed_item(&request.ciphertext).map_err(bad)?;
    let mailboxes = &state.mailboxes;
    let now = mailboxes.now();
    let expires_at = mailboxes.expiry_of_item_written_at(now);
    let outcome = mailboxes
        .store
        .put_item(ItemWrite {
            code: code.clone(),
            item_id: item_id.clone(),
            secret: secret.hash(),
            ciphertext,
            now,
            expires_at,
            max_items: mailboxes.settings.max_items_per_mailbox,
        })
        .await
        .map_err(for_code(&code))?;
    let status = match outcome {
        PutOutcome::Created => StatusCode::CREATED,
        PutOutcome::Replaced => StatusCode::OK,
    };
    let receipt = ItemReceipt {
        id: item_id.as_str().to_string(),
        updated_at: rfc3339(now),
        expires_at: rfc3339(expires_at),
    };
    Ok((status, Json(receipt)).into_response())
}

/// Delete an item, with its item secret (the sender) or the owner secret.
#[utoipa::path(
    delete, path = "/api/mailboxes/{code}/items/{item_id}", tag = "mailboxes",
    params(("code" = String, Path), ("item_id" = String, Path)),
    security(("secret" = [])),
    responses(
        (status = 204, description = "Deleted"),
        (status = 400, body = ErrorBody), (status = 401, body = ErrorBody),
        (status = 403, description = "Neither the item secret nor the owner secret", body = ErrorBody),
        (status = 404, body = ErrorBody), (status = 429, body = ErrorBody),
    )
)]
pub async fn delete_item(
    State(state): State<AppState>,
    ApiPath((code, item_id)): ApiPath<(String, String)>,
    Bearer(secret): Bearer,
) -> Result<StatusCode, AppError> {
    let code = code_from_path(&code)?;
    let item_id = ItemId::parse(&item_id).map_err(bad)?;
    state
        .mailboxes
        .store
        .delete_item(&code, &item_id, DeleteRights(secret.hash()))
        .await
        .map_err(for_code(&code))?;
    Ok(StatusCode::NO_CONTENT)
}
