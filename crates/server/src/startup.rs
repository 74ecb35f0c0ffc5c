//! Building the router and running the server.

use std::net::SocketAddr;
use std::path::Path;

use axum::Router;
use axum::middleware;
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;

use crate::configuration::Settings;
use crate::db::Db;
use crate::security_headers::{SecurityHeaders, add_security_headers};
use crate::{csp, routes, static_files};

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
}

/// The whole app: the API under `/api`, the built PWA everywhere else (see [`static_files`]),
/// compressed with gzip or brotli when the client accepts it, every response with the security
/// headers. The Content-Security-Policy allows the inline scripts of `dist_dir/index.html` as it
/// is now: a rebuild needs a restart.
pub fn app(state: AppState, dist_dir: &Path) -> Router {
    let policy = csp::for_index_html(read_index_html(dist_dir).as_deref());
    Router::new()
        .nest("/api", routes::api())
        .fallback_service(static_files::service(dist_dir))
        .layer(CompressionLayer::new())
        .layer(middleware::map_response_with_state(
            SecurityHeaders::new(&policy),
            add_security_headers,
        ))
        .with_state(state)
}

fn read_index_html(dist_dir: &Path) -> Option<String> {
    let path = dist_dir.join("index.html");
    match std::fs::read_to_string(&path) {
        Ok(html) => Some(html),
        Err(error) if error.kind() == std::io::ErrorKind::NotFound => None,
        Err(error) => {
            tracing::warn!(path = %path.display(), %error, "could not read index.html: no inline script is allowed");
            None
        }
    }
}

/// Opens the database, binds, prints the URL on standard output and serves until Ctrl-C or
/// SIGTERM.
pub async fn run(settings: Settings) -> Result<(), Box<dyn std::error::Error>> {
    if !settings.dist_dir.join("index.html").is_file() {
        tracing::warn!(dist = %settings.dist_dir.display(), "no built app found: only the API is served (build it with `cargo xtask run`)");
    }
    let db = Db::open(&settings.data_dir)?;
    let listener = TcpListener::bind(SocketAddr::new(settings.host, settings.port)).await?;
    let address = listener.local_addr()?;
    println!("Start To Can is running at http://{address}/");
    println!(
        "Data: {}",
        settings.data_dir.join(crate::db::DATABASE_FILE).display()
    );
    axum::serve(listener, app(AppState { db }, &settings.dist_dir))
        .with_graceful_shutdown(shutdown_signal())
        .await?;
    Ok(())
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut signal) =
            tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate())
        {
            signal.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {},
        () = terminate => {},
    }
}
