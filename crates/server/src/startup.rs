//! Building the router and running the server.

use std::net::SocketAddr;
use std::path::Path;
use std::sync::Arc;

use axum::Router;
use axum::middleware;
use tokio::net::TcpListener;
use tower_http::compression::CompressionLayer;

use crate::configuration::Settings;
use crate::db::{self, DbError};
use crate::mailbox::postgres::{PostgresOpenError, PostgresStore};
use crate::mailbox::sqlite::SqliteStore;
use crate::mailbox::store::MailboxStore;
use crate::mailbox::{Clock, Mailboxes, cleanup};
use crate::rate_limit::RateLimits;
use crate::security_headers::{SecurityHeaders, add_security_headers};
use crate::{csp, routes, static_files};

#[derive(Clone)]
pub struct AppState {
    pub mailboxes: Mailboxes,
    pub rate_limits: RateLimits,
}

/// Why the server could not open its database.
#[derive(Debug, thiserror::Error)]
pub enum OpenError {
    #[error(transparent)]
    Sqlite(#[from] DbError),
    #[error(transparent)]
    Postgres(#[from] PostgresOpenError),
}

impl AppState {
    /// Opens the mailbox's database, telling time by `clock`: PostgreSQL when
    /// `settings.database_url` is given (brought to the current schema, safely when several
    /// instances start at once), else SQLite in `settings.data_dir` (created or migrated).
    pub async fn open(settings: &Settings, clock: Arc<dyn Clock>) -> Result<AppState, OpenError> {
        let store: Arc<dyn MailboxStore> = match &settings.database_url {
            Some(url) => Arc::new(PostgresStore::open(url.as_str()).await?),
            None => {
                db::create_or_migrate(&settings.data_dir)?;
                Arc::new(SqliteStore::open(
                    &settings.data_dir.join(db::DATABASE_FILE),
                )?)
            }
        };
        Ok(AppState {
            mailboxes: Mailboxes {
                store,
                clock,
                settings: settings.mailbox.clone(),
            },
            rate_limits: RateLimits::new(&settings.rate_limits),
        })
    }
}

/// The whole app: the API under `/api`, the built PWA everywhere else (see [`static_files`]),
/// compressed with gzip or brotli when the client accepts it, every response with the security
/// headers. Serve it with `into_make_service_with_connect_info::<SocketAddr>()`, so that rate
/// limits count per client address. The Content-Security-Policy allows the inline scripts of
/// `dist_dir/index.html`, of the coach's `dist_dir/coach/index.html`, of the invited person's
/// `dist_dir/invite/index.html` and of the youngster's `dist_dir/share/index.html` as they are
/// now: a rebuild needs a restart.
pub fn app(state: AppState, dist_dir: &Path) -> Router {
    let pages: Vec<String> = [
        dist_dir.to_path_buf(),
        dist_dir.join(static_files::COACH_DIR),
        dist_dir.join(static_files::INVITE_DIR),
        dist_dir.join(static_files::SHARE_DIR),
    ]
    .iter()
    .filter_map(|dir| read_index_html(dir))
    .collect();
    let policy = csp::for_pages(&pages.iter().map(String::as_str).collect::<Vec<_>>());
    Router::new()
        .nest("/api", routes::api(&state.rate_limits))
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
    let state = AppState::open(&settings, Arc::new(crate::mailbox::SystemClock)).await?;
    if settings.mailbox.require_registration_token {
        tracing::info!(
            "registering a coach's mailbox needs a one-time token (stc-server registration-tokens)"
        );
    } else {
        tracing::warn!(
            "registration is open: anyone can register a coach's mailbox here. For a real deployment \
             set STC_REQUIRE_REGISTRATION_TOKEN=true and hand out tokens made with `stc-server registration-tokens`"
        );
    }
    let _cleanup = cleanup::spawn(state.mailboxes.clone(), Some(state.rate_limits.clone()));
    let listener = TcpListener::bind(SocketAddr::new(settings.host, settings.port)).await?;
    let address = listener.local_addr()?;
    println!("Start To Can is running at http://{address}/");
    println!("Data: {}", state.mailboxes.store.location());
    let router = app(state, &settings.dist_dir);
    axum::serve(
        listener,
        router.into_make_service_with_connect_info::<SocketAddr>(),
    )
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
