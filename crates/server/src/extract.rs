//! Extractors whose every rejection is an [`AppError`], so a bad request gets the same JSON
//! shape as any other error: malformed JSON is a 400, a body over the limit a 413, a body that is
//! not JSON a 415, a missing secret a 401.

use axum::extract::rejection::{JsonRejection, PathRejection};
use axum::extract::{FromRequest, FromRequestParts, Request};
use axum::http::StatusCode;
use axum::http::header::AUTHORIZATION;
use axum::http::request::Parts;
use serde::de::DeserializeOwned;

use crate::error::AppError;
use crate::mailbox::domain::Secret;

/// `axum::Json` with this API's errors.
pub struct ApiJson<T>(pub T);

impl<S, T> FromRequest<S> for ApiJson<T>
where
    T: DeserializeOwned,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request(request: Request, state: &S) -> Result<Self, AppError> {
        match axum::Json::<T>::from_request(request, state).await {
            Ok(axum::Json(value)) => Ok(ApiJson(value)),
            Err(rejection) => Err(json_error(rejection)),
        }
    }
}

fn json_error(rejection: JsonRejection) -> AppError {
    match rejection {
        JsonRejection::MissingJsonContentType(_) => AppError::UnsupportedMediaType(
            "send the body as JSON, with the header Content-Type: application/json".into(),
        ),
        JsonRejection::JsonSyntaxError(error) => {
            AppError::BadRequest(format!("the body is not valid JSON: {}", error.body_text()))
        }
        JsonRejection::JsonDataError(error) => AppError::BadRequest(format!(
            "the JSON does not have the expected fields: {}",
            error.body_text()
        )),
        other if other.status() == StatusCode::PAYLOAD_TOO_LARGE => {
            AppError::PayloadTooLarge(format!(
                "the body is larger than {} bytes",
                crate::routes::BODY_LIMIT
            ))
        }
        other => AppError::BadRequest(other.body_text()),
    }
}

/// `axum::extract::Path` with this API's errors (for example a segment that is not UTF-8).
pub struct ApiPath<T>(pub T);

impl<S, T> FromRequestParts<S> for ApiPath<T>
where
    T: DeserializeOwned + Send,
    S: Send + Sync,
{
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, state: &S) -> Result<Self, AppError> {
        match axum::extract::Path::<T>::from_request_parts(parts, state).await {
            Ok(axum::extract::Path(value)) => Ok(ApiPath(value)),
            Err(rejection) => Err(path_error(rejection)),
        }
    }
}

fn path_error(rejection: PathRejection) -> AppError {
    AppError::BadRequest(format!(
        "the address is not valid: {}",
        rejection.body_text()
    ))
}

/// The secret of `Authorization: Bearer <secret>`: secrets never travel in the address, so they
/// do not end up in logs or browser history.
pub struct Bearer(pub Secret);

impl<S: Send + Sync> FromRequestParts<S> for Bearer {
    type Rejection = AppError;

    async fn from_request_parts(parts: &mut Parts, _: &S) -> Result<Self, AppError> {
        let missing = || {
            AppError::Unauthorized(
                "this needs a secret, sent as the header Authorization: Bearer <secret>".into(),
            )
        };
        let value = parts.headers.get(AUTHORIZATION).ok_or_else(missing)?;
        let secret = value
            .to_str()
            .ok()
            .and_then(|text| text.strip_prefix("Bearer "))
            .ok_or_else(missing)?;
        Secret::parse(secret.trim())
            .map(Bearer)
            .map_err(AppError::BadRequest)
    }
}
