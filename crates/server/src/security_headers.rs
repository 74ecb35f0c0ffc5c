//! The security headers every response carries, the Content-Security-Policy among them.

use std::sync::Arc;

use axum::extract::State;
use axum::http::{HeaderMap, HeaderName, HeaderValue, header};
use axum::response::Response;

const PERMISSIONS_POLICY: &str =
    "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()";

/// The fixed set of headers, built once at start-up.
#[derive(Clone, Debug)]
pub struct SecurityHeaders(Arc<HeaderMap>);

impl SecurityHeaders {
    /// `content_security_policy` is the policy text (see [`crate::csp`]).
    pub fn new(content_security_policy: &str) -> SecurityHeaders {
        let fixed = [
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::REFERRER_POLICY, "no-referrer"),
            (header::X_FRAME_OPTIONS, "DENY"),
            (
                HeaderName::from_static("permissions-policy"),
                PERMISSIONS_POLICY,
            ),
            (
                HeaderName::from_static("cross-origin-opener-policy"),
                "same-origin",
            ),
            (
                HeaderName::from_static("cross-origin-resource-policy"),
                "same-origin",
            ),
        ];
        let mut headers: HeaderMap = fixed
            .into_iter()
            .map(|(name, value)| (name, HeaderValue::from_static(value)))
            .collect();
        headers.insert(
            header::CONTENT_SECURITY_POLICY,
            HeaderValue::from_str(content_security_policy)
                .expect("the policy is built from ASCII source expressions"),
        );
        SecurityHeaders(Arc::new(headers))
    }
}

/// Middleware (`axum::middleware::map_response_with_state`) that sets every header, replacing
/// any a handler may have set.
pub async fn add_security_headers(
    State(security_headers): State<SecurityHeaders>,
    mut response: Response,
) -> Response {
    for (name, value) in security_headers.0.iter() {
        response.headers_mut().insert(name, value.clone());
    }
    response
}
