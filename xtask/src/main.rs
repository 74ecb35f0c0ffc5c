//! Project commands. Each installs what is missing first, so a fresh machine needs nothing else:
//!
//! - `cargo xtask run [--port N]`: build the app (release) and serve it with the sync server.
//! - `cargo xtask build`: only the release build of the app into `dist/`, service worker included
//!   (to run one end-to-end spec after a change).
//! - `cargo xtask test`: every test — the workspace's `cargo test`, then the end-to-end suite in
//!   Chromium against the real server.
//! - `cargo xtask e2e [playwright args…]`: the release build, the server and only the named
//!   end-to-end specs (e.g. `tests/e2e/safety.spec.ts`, or `-g "help card"`), for working on one.
//! - `cargo xtask bench`: sizes of the release build next to a minimal Leptos app, and the rest of
//!   the budget's figures; `cargo xtask bench bytes` only the sizes and a first visit's bytes,
//!   `cargo xtask bench seal` only the time to seal the fullest summary in the browser.
//! - `cargo xtask seal <public-key> [--raw]`: a sealed item for a mailbox, from standard input
//!   (the end-to-end tests of the coach's app use it).

mod bench;
mod bench_mailbox;
mod build;
mod content_packs;
mod crypto;
mod e2e;
mod precompress;
mod seal_helper;
mod service_worker;
mod setup;
mod util;
mod words;

use std::process::ExitCode;

const USAGE: &str = "usage: cargo xtask <run [--port N] | build | test | e2e [playwright args…] | bench [bytes | seal] | setup | seal <public-key> [--raw]>";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.first().map(String::as_str) {
        Some("run") => run(&args[1..]),
        Some("build") => setup::ensure_all().and_then(|()| build::app_release()),
        Some("test") => test(),
        Some("e2e") => e2e_only(&args[1..]),
        Some("bench") if args.get(1).map(String::as_str) == Some("bytes") => bench::bytes_only(),
        Some("bench") if args.get(1).map(String::as_str) == Some("seal") => bench::seal_only(),
        Some("bench") => bench::bench(),
        Some("setup") => setup::ensure_all(),
        Some("seal") => seal_helper::run(&args[1..]),
        _ => Err(USAGE.to_owned()),
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(message) => {
            eprintln!("xtask: {message}");
            ExitCode::FAILURE
        }
    }
}

fn run(args: &[String]) -> Result<(), String> {
    let port = match args {
        [] => "8080".to_owned(),
        [flag, port] if flag == "--port" => port.clone(),
        _ => return Err(USAGE.to_owned()),
    };
    setup::ensure_all()?;
    build::app_release()?;
    let server = build::server(build::Profile::Server)?;
    let root = util::root();
    util::run(
        util::command(&server)
            .args(["--port", &port, "--data-dir"])
            .arg(root.join(".data"))
            .arg("--dist-dir")
            .arg(root.join("dist")),
    )
}

/// Some end-to-end specs only: Playwright gets `args` after the suite's own. The build that plays
/// a newer version is made only when the specs that open it may run.
fn e2e_only(args: &[String]) -> Result<(), String> {
    setup::ensure_all()?;
    build::app_release()?;
    let needs_next = args.is_empty() || args.iter().any(|a| a.contains("tabs-and-versions"));
    if needs_next {
        build::app_next_schema_test_build()?;
    }
    let server = build::server(build::Profile::Debug)?;
    let mut counts = util::TestCounts::default();
    let outcome = e2e::run_specs(&server, args, &mut counts);
    println!(
        "\nend-to-end: {} passed, {} failed",
        counts.e2e_passed, counts.e2e_failed
    );
    outcome
}

fn test() -> Result<(), String> {
    setup::ensure_all()?;
    let mut counts = util::TestCounts::default();
    let unit = util::cargo_test(&mut counts);
    let e2e = build::app_release()
        .and_then(|()| build::app_next_schema_test_build())
        .and_then(|()| build::server(build::Profile::Debug))
        .and_then(|server| e2e::run_suite(&server, &mut counts));
    println!("\n== Test summary");
    println!(
        "cargo test: {} passed, {} failed",
        counts.cargo_passed, counts.cargo_failed
    );
    println!(
        "end-to-end: {} passed, {} failed",
        counts.e2e_passed, counts.e2e_failed
    );
    println!("{} passed, {} failed", counts.passed(), counts.failed());
    unit.and(e2e)?;
    if counts.failed() > 0 {
        return Err(format!("{} tests failed", counts.failed()));
    }
    Ok(())
}
