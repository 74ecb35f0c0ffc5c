//! The end-to-end suite: Playwright drives Debian's Chromium against the real server, started by
//! Playwright on 127.0.0.1 with a fresh data directory and stopped when the suite ends.

use std::net::TcpListener;
use std::path::Path;

use crate::setup::CHROMIUM;
use crate::util::{TestCounts, command, root, run};

pub fn run_suite(server: &Path, counts: &mut TestCounts) -> Result<(), String> {
    run_specs(server, &[], counts)
}

/// Like [`run_suite`], with `extra` passed on to Playwright (spec files, `-g pattern`, …).
pub fn run_specs(server: &Path, extra: &[String], counts: &mut TestCounts) -> Result<(), String> {
    let port = free_port()?;
    let data_dir = std::env::temp_dir().join(format!("stc-e2e-{}-{port}", std::process::id()));
    let results = root().join("target/e2e-results.json");
    let _ = std::fs::remove_file(&results);
    let outcome = run(command("playwright")
        .args([
            "test",
            "--config",
            "tests/e2e/playwright.config.ts",
            "--reporter=list,json",
        ])
        .args(extra)
        .env("PLAYWRIGHT_JSON_OUTPUT_NAME", &results)
        .env("STC_SERVER_BIN", server)
        .env("STC_E2E_PORT", port.to_string())
        .env("STC_E2E_DATA_DIR", &data_dir)
        .env("STC_DIST_DIR", root().join("dist"))
        .env(
            "STC_NEXT_SCHEMA_DIST_DIR",
            root().join(crate::build::NEXT_SCHEMA_DIST),
        )
        .env("STC_CHROMIUM", CHROMIUM)
        .env(
            "STC_XTASK_BIN",
            std::env::current_exe().map_err(|e| e.to_string())?,
        ));
    let _ = std::fs::remove_dir_all(&data_dir);
    let (passed, failed) = read_stats(&results);
    counts.e2e_passed += passed;
    counts.e2e_failed += failed;
    outcome
}

/// Asks the system for a port that is free now.
fn free_port() -> Result<u16, String> {
    let listener = TcpListener::bind("127.0.0.1:0").map_err(|e| format!("no free port: {e}"))?;
    listener
        .local_addr()
        .map(|a| a.port())
        .map_err(|e| e.to_string())
}

/// (passed, failed) from Playwright's JSON report; flaky tests count as failed.
fn read_stats(path: &Path) -> (u64, u64) {
    let Some(report) = std::fs::read_to_string(path)
        .ok()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
    else {
        return (0, 0);
    };
    let stat = |name: &str| report["stats"][name].as_u64().unwrap_or(0);
    (stat("expected"), stat("unexpected") + stat("flaky"))
}
