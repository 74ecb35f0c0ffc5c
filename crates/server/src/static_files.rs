//! Serving the built apps (Trunk's `dist/`): files as they are, `index.html` for the app's own
//! routes, and caching that lets a phone keep the content-hashed build files forever while always
//! asking again for the page, the manifest and the service worker. The coach's app is its own
//! build in `dist/coach/`, served under `/coach/` with its own page for its routes; the invited
//! person's page is `dist/invite/`, under `/invite/`, and the youngster's "Deel met je coach" is
//! `dist/share/`, under `/share` (the coach's link is `/share?code=…`).
//!
//! `cargo xtask build` writes `<file>.br` (brotli 11) and `<file>.gz` (gzip 9) next to each file:
//! those are served as they are when the client accepts them, because compressing at the
//! highest level on every request would be far too slow. Only what has no prebuilt copy is
//! compressed on the fly (at a fast level, by the layer in `startup`).

use std::path::Path;

use axum::Router;
use axum::extract::{Request, State};
use axum::handler::Handler;
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Response};
use tower_http::services::{ServeDir, ServeFile};

const IMMUTABLE: &str = "public, max-age=31536000, immutable";
const REVALIDATE: &str = "no-cache";

/// The coach's app: its build's folder in the dist, and where it is served.
pub const COACH_DIR: &str = "coach";
/// The invited person's page (an invitation with a link): its folder, and where it is served.
pub const INVITE_DIR: &str = "invite";
/// The youngster's "Deel met je coach", an app of its own: its folder, and where it is served.
pub const SHARE_DIR: &str = "share";

/// Every file of `dist_dir`; a path that is not a file and does not look like one gets the app
/// shell (`index.html`), so `/settings` works on reload. Under `/coach` the same for the coach's
/// app in `dist_dir/coach/`, with its own shell (`/coach/youngster/…` on reload).
pub fn service(dist_dir: &Path) -> Router {
    Router::new()
        .nest_service("/coach", app_files(&dist_dir.join(COACH_DIR)))
        .nest_service("/invite", app_files(&dist_dir.join(INVITE_DIR)))
        .nest_service("/share", app_files(&dist_dir.join(SHARE_DIR)))
        .fallback_service(app_files(dist_dir))
        .layer(middleware::from_fn(set_caching_headers))
}

/// The files of one app's build, and its shell for its routes.
fn app_files(dir: &Path) -> Router {
    let index = ServeFile::new(dir.join("index.html"))
        .precompressed_br()
        .precompressed_gzip();
    let files = ServeDir::new(dir)
        .precompressed_br()
        .precompressed_gzip()
        .fallback(app_shell.with_state(index));
    Router::new().fallback_service(files)
}

/// A missing `/old-build-…_bg.wasm` must not come back as a page with status 200 (that page
/// would then be cached as the wasm): only extension-less paths are app routes.
async fn app_shell(State(mut index): State<ServeFile>, request: Request) -> Response {
    if looks_like_a_file(request.uri().path()) {
        return StatusCode::NOT_FOUND.into_response();
    }
    match index.try_call(request).await {
        Ok(response) => response.into_response(),
        Err(error) => {
            tracing::error!(%error, "could not read index.html");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// `Cache-Control` by kind of file, and `Vary: Accept-Encoding` on every answer: the same path
/// gives a brotli, gzip or plain body depending on what the client accepts, and the compression
/// layer only says so for what it compresses itself.
async fn set_caching_headers(request: Request, next: Next) -> Response {
    let content_hashed = is_content_hashed(request.uri().path());
    let mut response = next.run(request).await;
    let served_the_file =
        response.status().is_success() || response.status() == StatusCode::NOT_MODIFIED;
    let cache_control = if content_hashed && served_the_file {
        IMMUTABLE
    } else {
        REVALIDATE
    };
    let headers = response.headers_mut();
    headers.insert(
        header::CACHE_CONTROL,
        HeaderValue::from_static(cache_control),
    );
    headers.insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    response
}

fn file_name(path: &str) -> &str {
    path.rsplit('/').next().unwrap_or(path)
}

fn looks_like_a_file(path: &str) -> bool {
    file_name(path).contains('.')
}

/// Whether the file name carries Trunk's content hash: `-` then its hex digits, then the
/// extension or a suffix (`start-to-can-6d37b89358d15ed4_bg.wasm`, `main-3d7ef3dfa83f465f.css`).
/// Trunk writes the 64-bit hash without leading zeros, so it is 16 digits or, now and then, a
/// few fewer; fewer than 12 would be a one-in-65536 hash and is more likely a plain name.
fn is_content_hashed(path: &str) -> bool {
    const HASH_DIGITS: std::ops::RangeInclusive<usize> = 12..=16;
    let is_hash_digit = |c: char| c.is_ascii_digit() || ('a'..='f').contains(&c);
    let name = file_name(path);
    looks_like_a_file(path)
        && name.match_indices('-').any(|(dash, _)| {
            let rest = &name[dash + 1..];
            let digits = rest.chars().take_while(|c| is_hash_digit(*c)).count();
            HASH_DIGITS.contains(&digits)
                && matches!(rest[digits..].chars().next(), Some('.' | '_'))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunk_build_files_are_content_hashed() {
        for path in [
            "/start-to-can-6d37b89358d15ed4_bg.wasm",
            "/start-to-can-6d37b89358d15ed4.js",
            "/main-3d7ef3dfa83f465f.css",
            "/assets/icon-0123456789abcdef.png",
            "/main-3d7ef3dfa83f465.css", // a hash with a leading zero left out
        ] {
            assert!(is_content_hashed(path), "{path}");
        }
    }

    #[test]
    fn the_page_manifest_service_worker_and_routes_are_not_content_hashed() {
        for path in [
            "/",
            "/index.html",
            "/manifest.webmanifest",
            "/sw.js",
            "/settings",
            "/icons/icon-192.png",
        ] {
            assert!(!is_content_hashed(path), "{path}");
        }
    }

    #[test]
    fn almost_a_hash_is_not_a_hash() {
        for path in [
            "/main-3d7ef3dfa83.css",       // 11 digits
            "/main-3d7ef3dfa83f465f0.css", // 17 digits
            "/main-3D7EF3DFA83F465F.css",  // uppercase
            "/main-3d7ef3dfa83f465g.css",  // not hex
            "/main_3d7ef3dfa83f465f.css",  // no dash
            "/main-3d7ef3dfa83f465f",      // no extension: an app route
            "/build-3d7ef3dfa83f465f/app.js",
        ] {
            assert!(!is_content_hashed(path), "{path}");
        }
    }

    #[test]
    fn only_paths_with_an_extension_look_like_files() {
        assert!(looks_like_a_file("/start-to-can-6d37b89358d15ed4_bg.wasm"));
        assert!(looks_like_a_file("/sw.js"));
        assert!(!looks_like_a_file("/settings"));
        assert!(!looks_like_a_file("/"));
    }
}
