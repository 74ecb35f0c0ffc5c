//! The mailbox part of `cargo xtask bench`: builds the server optimised and runs
//! `crates/server/examples/bench_mailbox.rs` against it, which prints requests per second, p50,
//! p99 and the slowest answer for PUT and list with 50 and 500 concurrent clients on loopback.

use crate::build;
use crate::util::{command, run};

pub fn bench() -> Result<(), String> {
    let server = build::server(build::Profile::Server)?;
    println!(
        "\n== Mailbox under load (loopback: one instance on SQLite, one and two on PostgreSQL)"
    );
    run(command("cargo")
        .args([
            "run",
            "--quiet",
            "--profile",
            "server",
            "--package",
            "stc-server",
        ])
        .args(["--example", "bench_mailbox", "--"])
        .arg(&server))
}
