//! The HTTP API under `/api`.

mod health;
pub mod mailboxes;
pub mod openapi;

use axum::Router;
use axum::extract::{DefaultBodyLimit, OriginalUri};
use axum::http::{HeaderValue, Method, header};
use axum::routing::{get, post, put};
use tower_http::set_header::SetResponseHeaderLayer;

use crate::error::AppError;
use crate::rate_limit::RateLimits;
use crate::startup::AppState;

/// The largest request body accepted (a sealed item of 32 KiB is about 44 KB in base64).
pub const BODY_LIMIT: usize = 64 * 1024;

/// Every API answer is fresh: none is ever stored by the browser or a proxy. Registration and
/// the mailbox routes are rate-limited per client address.
pub fn api(rate_limits: &RateLimits) -> Router<AppState> {
    let mailbox_routes = Router::new()
        .route(
            "/mailboxes/{code}",
            get(mailboxes::lookup).delete(mailboxes::delete_mailbox),
        )
        .route("/mailboxes/{code}/items", get(mailboxes::list_items))
        .route(
            "/mailboxes/{code}/items/{item_id}",
            put(mailboxes::put_item).delete(mailboxes::delete_item),
        )
        .route_layer(rate_limits.api_layer());
    let registration = Router::new()
        .route("/mailboxes", post(mailboxes::register))
        .route_layer(rate_limits.registration_layer());
    Router::new()
        .route("/health", get(health::health))
        .route("/openapi.json", get(openapi::openapi_json))
        .merge(registration)
        .merge(mailbox_routes)
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
        .layer(DefaultBodyLimit::max(BODY_LIMIT))
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static("no-store"),
        ))
}

async fn not_found(OriginalUri(uri): OriginalUri) -> AppError {
    AppError::NotFound(format!("there is no API at {}", uri.path()))
}

async fn method_not_allowed(method: Method, OriginalUri(uri): OriginalUri) -> AppError {
    AppError::MethodNotAllowed(format!("{} does not accept {method}", uri.path()))
}
