//! The OpenAPI description of the API, generated from the handlers and types themselves.

use axum::Json;
use utoipa::openapi::security::{HttpAuthScheme, HttpBuilder, SecurityScheme};
use utoipa::{Modify, OpenApi};

use super::mailboxes;
use crate::error::ErrorBody;
use crate::mailbox::domain::OwnerKind;

#[derive(OpenApi)]
#[openapi(
    info(
        title = "Start To Can mailbox",
        description = "A generic sealed mailbox: owners register an X25519 public key and get a code; \
                       anyone with the code puts items sealed to that key; only the owner lists them. \
                       Secrets travel as `Authorization: Bearer <secret>`. Every error is JSON: `{\"error\": \"…\"}`."
    ),
    paths(
        mailboxes::register,
        mailboxes::lookup,
        mailboxes::delete_mailbox,
        mailboxes::list_items,
        mailboxes::put_item,
        mailboxes::delete_item,
    ),
    components(schemas(
        ErrorBody,
        OwnerKind,
        mailboxes::RegisterRequest,
        mailboxes::Registered,
        mailboxes::MailboxView,
        mailboxes::PutItemRequest,
        mailboxes::ItemReceipt,
        mailboxes::ItemView,
        mailboxes::ItemList,
    )),
    modifiers(&SecretScheme),
)]
pub struct ApiDoc;

/// The owner secret or item secret, as a bearer token.
struct SecretScheme;

impl Modify for SecretScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            "secret",
            SecurityScheme::Http(HttpBuilder::new().scheme(HttpAuthScheme::Bearer).build()),
        );
    }
}

/// `GET /api/openapi.json`.
pub async fn openapi_json() -> Json<utoipa::openapi::OpenApi> {
    Json(ApiDoc::openapi())
}
