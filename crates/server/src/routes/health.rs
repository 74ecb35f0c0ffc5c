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
    match store.health().await {
        Ok(health) => Json(Health {
            status: "ok",
            version: env!("CARGO_PKG_VERSION"),
            database: DatabaseHealth {
                backend,
                status: "ok",
                schema_version: Some(health.schema_version),
            },
            error: None,
        })
        .into_response(),
        Err(error) => {
            tracing::warn!(%error, backend, "health check: the database does not answer");
            (
                StatusCode::SERVICE_UNAVAILABLE,
                Json(Health {
                    status: "unavailable",
                    version: env!("CARGO_PKG_VERSION"),
                    database: DatabaseHealth {
                        backend,
                        status: "unavailable",
                        schema_version: None,
                    },
                    error: Some(format!("the {backend} database does not answer")),
                }),
            )
                .into_response()
        }
    }
}
