use axum::Json;
use axum::extract::State;
use serde::Serialize;

use crate::db::DbStatus;
use crate::error::AppError;
use crate::startup::AppState;

#[derive(Serialize)]
pub struct Health {
    status: &'static str,
    version: &'static str,
    database: DbStatus,
}

/// `GET /api/health`: the server's version and whether its database answers.
pub async fn health(State(state): State<AppState>) -> Result<Json<Health>, AppError> {
    let database = state.db.status().await?;
    Ok(Json(Health {
        status: "ok",
        version: env!("CARGO_PKG_VERSION"),
        database,
    }))
}
