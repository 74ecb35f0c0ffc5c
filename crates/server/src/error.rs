//! One error type for every handler: the client gets a clear JSON message with a 4xx or 5xx
//! status, the log gets the detail.

use axum::Json;
use axum::http::{HeaderValue, StatusCode, header};
use axum::response::{IntoResponse, Response};

use crate::mailbox::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("{0}")]
    BadRequest(String),
    /// No secret was sent where one is needed.
    #[error("{0}")]
    Unauthorized(String),
    /// A secret or token was sent, and it is not the right one.
    #[error("{0}")]
    Forbidden(String),
    #[error("{0}")]
    NotFound(String),
    #[error("{0}")]
    MethodNotAllowed(String),
    #[error("{0}")]
    Conflict(String),
    #[error("{0}")]
    PayloadTooLarge(String),
    #[error("{0}")]
    UnsupportedMediaType(String),
    #[error("{0}")]
    TooManyRequests(String),
    #[error("the database is not available, please try again")]
    Store(String),
}

/// The body of every error answer.
#[derive(serde::Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// What went wrong, in a sentence.
    #[schema(example = "there is no mailbox with the code ACDE-FG34")]
    pub error: String,
}

impl AppError {
    fn status(&self) -> StatusCode {
        match self {
            AppError::BadRequest(_) => StatusCode::BAD_REQUEST,
            AppError::Unauthorized(_) => StatusCode::UNAUTHORIZED,
            AppError::Forbidden(_) => StatusCode::FORBIDDEN,
            AppError::NotFound(_) => StatusCode::NOT_FOUND,
            AppError::MethodNotAllowed(_) => StatusCode::METHOD_NOT_ALLOWED,
            AppError::Conflict(_) => StatusCode::CONFLICT,
            AppError::PayloadTooLarge(_) => StatusCode::PAYLOAD_TOO_LARGE,
            AppError::UnsupportedMediaType(_) => StatusCode::UNSUPPORTED_MEDIA_TYPE,
            AppError::TooManyRequests(_) => StatusCode::TOO_MANY_REQUESTS,
            AppError::Store(_) => StatusCode::SERVICE_UNAVAILABLE,
        }
    }
}

impl From<StoreError> for AppError {
    fn from(error: StoreError) -> Self {
        match error {
            StoreError::NoSuchMailbox => {
                AppError::NotFound("there is no mailbox with this code".into())
            }
            StoreError::NoSuchItem => {
                AppError::NotFound("there is no item with this id in the mailbox".into())
            }
            StoreError::WrongSecret => AppError::Forbidden("the secret does not match".into()),
            StoreError::MailboxFull(max) => AppError::Conflict(format!(
                "the mailbox is full: it holds {max} items; its owner can delete some"
            )),
            StoreError::CodeTaken => {
                AppError::Conflict("no free code was found, please try again".into())
            }
            StoreError::UnknownToken => AppError::Forbidden(
                "the registration token is unknown, already used or expired".into(),
            ),
            StoreError::Backend(detail) => AppError::Store(detail),
        }
    }
}

impl IntoResponse for AppError {
    fn into_response(self) -> Response {
        let status = self.status();
        if status.is_server_error() {
            tracing::error!(error = ?self, "request failed");
        }
        let mut response = (
            status,
            Json(ErrorBody {
                error: self.to_string(),
            }),
        )
            .into_response();
        if status == StatusCode::UNAUTHORIZED {
            response
                .headers_mut()
                .insert(header::WWW_AUTHENTICATE, HeaderValue::from_static("Bearer"));
        }
        response
    }
}
