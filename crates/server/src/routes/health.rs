use axum::Json;
use axum::extract::State;
use axum::http::StatusCode;
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::startup::AppState;

#[derive(Serialize)]
struct Health {
    /// `ok`, or `unavailable` when the database does not answer.
    status: &'static str,
    version: &'static str,
    database: DatabaseHealth,
    #[serde(skip_serializing_if = "Option::is_none")]
    error: Option<String>,
}

#[derive(Serialize)]
struct DatabaseHealth {
    backend: &'static str,
    status: &'static str,
    #[serde(skip_serializing_if = "Option::is_none")]
    schema_version: Option<i64>,
}

/// `GET /api/health`: the server's version, its database backend and whether it answers. A load
/// balancer takes an instance out on the 503 it gets while the database does not answer.
pub async fn health(State(state): State<AppState>) -> Response {
    let store = &state.mailboxes.store;
    let backend = store.backend();
    let answer = store.health().await;
    if let Err(error) = &answer {
        tracing::warn!(%error, backend, "health check: the database does not answer");
    }
    let (code, status) = match answer {
        Ok(_) => (StatusCode::OK, "ok"),
        Err(_) => (StatusCode::SERVICE_UNAVAILABLE, "unavailable"),
    };
    let body = Health {
        status,
        version: env!("CARGO_PKG_VERSION"),
        database: DatabaseHealth {
            backend,
            status,
            schema_version: answer.as_ref().ok().map(|h| h.schema_version),
        },
        error: answer
            .is_err()
            .then(|| format!("the {backend} database does not answer")),
    };
    (code, Json(body)).into_response()
}
