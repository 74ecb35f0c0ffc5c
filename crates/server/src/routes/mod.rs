//! The HTTP API under `/api`.

mod health;

use axum::Router;
use axum::extract::OriginalUri;
use axum::http::{HeaderValue, Method, header};
use axum::routing::get;
use tower_http::set_header::SetResponseHeaderLayer;

use crate::error::AppError;
use crate::startup::AppState;

/// Every API answer is fresh: none is ever stored by the browser or a proxy.
pub fn api() -> Router<AppState> {
    Router::new()
        .route("/health", get(health::health))
        .fallback(not_found)
        .method_not_allowed_fallback(method_not_allowed)
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
