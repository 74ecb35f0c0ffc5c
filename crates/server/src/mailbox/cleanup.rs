//! The periodic clean-up: expired items, mailboxes nobody used for a long time, and expired
//! registration tokens are deleted; the rate limiter forgets idle addresses.

use std::time::Duration;

use tokio::task::JoinHandle;

use super::Mailboxes;
use super::store::{CleanupReport, StoreError};
use crate::rate_limit::RateLimits;

/// Runs one clean-up now.
pub async fn run_once(mailboxes: &Mailboxes) -> Result<CleanupReport, StoreError> {
    let report = mailboxes.store.clean_up(mailboxes.cleanup_policy()).await?;
    if report.ran_elsewhere {
        tracing::debug!("another server instance is cleaning up: skipped here");
    } else if report != CleanupReport::default() {
        tracing::info!(
            items = report.items,
            mailboxes = report.mailboxes,
            tokens = report.tokens,
            "clean-up deleted what had expired"
        );
    }
    Ok(report)
}

/// Cleans up at start and then every `settings.cleanup_interval_seconds`, until the runtime
/// stops or the handle is aborted.
pub fn spawn(mailboxes: Mailboxes, rate_limits: Option<RateLimits>) -> JoinHandle<()> {
    let period = Duration::from_secs(mailboxes.settings.cleanup_interval_seconds.max(1));
    tokio::spawn(async move {
        let mut ticks = tokio::time::interval(period);
        ticks.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
        loop {
            ticks.tick().await;
            if let Err(error) = run_once(&mailboxes).await {
                tracing::error!(%error, "the clean-up failed; it runs again later");
            }
            if let Some(limits) = &rate_limits {
                limits.forget_idle_clients();
            }
        }
    })
}
