//! Building the router and running the server.

use std::net::SocketAddr;
use std::path::Path;

use axum::Router;
use tokio::net::TcpListener;
use tower_http::services::{ServeDir, ServeFile};

use crate::configuration::Settings;
use crate::db::Db;
use crate::routes;

#[derive(Clone)]
pub struct AppState {
    pub db: Db,
}

/// The whole app: the API under `/api`, the built PWA everywhere else. Paths that are not a file
/// get `index.html`, so the app's own routes (`/settings`, …) work on reload.
pub fn app(state: AppState, dist_dir: &Path) -> Router {
    let index = ServeFile::new(dist_dir.join("index.html"));
    Router::new()
        .nest("/api", routes::api())
        .fallback_service(ServeDir::new(dist_dir).fallback(index))
        .with_state(state)
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
