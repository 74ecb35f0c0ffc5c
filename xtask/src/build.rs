//! Building the app (Trunk, release) and the server.

use std::path::{Path, PathBuf};

use crate::util::{command, root, run};
use crate::{content_packs, crypto, precompress, service_worker};

/// Builds the app into `dist/` with Trunk (release: size-optimised, wasm-opt -Oz), then the
/// coach's app into `dist/coach/`, the invited person's page into `dist/invite/` and the
/// youngster's "Deel met je coach" into `dist/share/`, adds the content packs and the sealing module, writes the
/// service workers with the lists of the files just built, then the brotli and gzip copies of
/// every file (the workers' too).
pub fn app_release() -> Result<(), String> {
    run(command("trunk").args(["build", "--release"]))?;
    let dist = root().join("dist");
    coach_release(&dist)?;
    invite_release()?;
    share_release()?;
    content_packs::write(&dist)?;
    crypto::write(&dist)?;
    service_worker::write(&dist)?;
    precompress::write(&dist).map(|_| ())
}

/// The coach's own app (`coach/`), after the youngster's: Trunk empties `dist/` first, and this
/// build goes into `dist/coach/` (its own `coach/Trunk.toml`), served at `/coach/` with its own
/// worker. The youngster's worker leaves `/coach/` alone and precaches none of it.
fn coach_release(dist: &Path) -> Result<(), String> {
    run(command("trunk").args(["build", "--release", "--config", "coach/Trunk.toml"]))?;
    service_worker::write_coach(&dist.join(service_worker::COACH_DIR))
}

/// The invited person's page (`invite/`), after the youngster's: into `dist/invite/`, served at
/// `/invite/`. Opened once from a link, it has no worker; the youngster's worker leaves
/// `/invite/` alone and precaches none of it.
fn invite_release() -> Result<(), String> {
    run(command("trunk").args(["build", "--release", "--config", "invite/Trunk.toml"]))
}

/// The youngster's "Deel met je coach" (`share/`), after the youngster's app: into
/// `dist/share/`, served at `/share`. Not precached: the youngster's worker keeps it once it was
/// opened (see `sw/10-offline.js`).
fn share_release() -> Result<(), String> {
    run(command("trunk").args(["build", "--release", "--config", "share/Trunk.toml"]))
}

/// Where the test build that plays the next app version goes (see [`app_next_schema_test_build`]).
pub const NEXT_SCHEMA_DIST: &str = "target/dist-next-schema";

/// The same app with the schema one higher (feature `next-schema-test-build`), for the
/// end-to-end test that opens an older and a newer version side by side. Never served to anyone;
/// it needs no service worker (the suite blocks workers).
pub fn app_next_schema_test_build() -> Result<(), String> {
    run(command("trunk").args([
        "build",
        "--release",
        "--features",
        "next-schema-test-build",
        "--dist",
        NEXT_SCHEMA_DIST,
    ]))
}

pub enum Profile {
    /// Quick to build: for the tests.
    Debug,
    /// Optimised: for `cargo xtask run`.
    Server,
}

/// Builds the sync server and returns the path of its binary.
pub fn server(profile: Profile) -> Result<PathBuf, String> {
    let (args, dir): (&[&str], &str) = match profile {
        Profile::Debug => (&[], "debug"),
        Profile::Server => (&["--profile", "server"], "server"),
    };
    run(command("cargo")
        .args(["build", "--package", "stc-server"])
        .args(args))?;
    let target =
        std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from);
    Ok(target.join(dir).join("stc-server"))
}
