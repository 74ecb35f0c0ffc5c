//! Installs what the build and the tests need, only when it is missing. Nothing here downloads
//! a prebuilt binary: tools come from crates.io, npm and Debian's packages.

use std::fs;

use crate::util::{self, command, output, root, run};

const TRUNK_VERSION: &str = "0.21.14";
const WASM_TARGET: &str = "wasm32-unknown-unknown";

pub fn ensure_all() -> Result<(), String> {
    wasm_target()?;
    trunk()?;
    wasm_bindgen()?;
    npm_packages()?;
    debian_packages()?;
    Ok(())
}

fn wasm_target() -> Result<(), String> {
    let installed =
        output(command("rustup").args(["target", "list", "--installed"])).unwrap_or_default();
    if installed.lines().any(|t| t.trim() == WASM_TARGET) {
        return Ok(());
    }
    run(command("rustup").args(["target", "add", WASM_TARGET]))
}

fn trunk() -> Result<(), String> {
    let trunk = util::cargo_bin_dir().join("trunk");
    let version = output(command(&trunk).arg("--version")).unwrap_or_default();
    if version.split_whitespace().nth(1) == Some(TRUNK_VERSION) {
        return Ok(());
    }
    println!("Installing Trunk {TRUNK_VERSION} (takes 10–15 minutes, once)…");
    run(command("cargo").args(["install", "--locked", &format!("trunk@{TRUNK_VERSION}")]))
}

/// The wasm-bindgen CLI must be exactly the library's version in Cargo.lock.
fn wasm_bindgen() -> Result<(), String> {
    let wanted = locked_version("wasm-bindgen")?;
    let binary = util::cargo_bin_dir().join("wasm-bindgen");
    let version = output(command(&binary).arg("--version")).unwrap_or_default();
    if version.split_whitespace().nth(1) == Some(wanted.as_str()) {
        return Ok(());
    }
    println!("Installing wasm-bindgen-cli {wanted}…");
    // Not `--locked`: its lockfile pins a yanked crate.
    run(command("cargo").args(["install", "wasm-bindgen-cli", "--version", &wanted]))
}

/// The version of `package` in Cargo.lock.
pub fn locked_version(package: &str) -> Result<String, String> {
    let lock =
        fs::read_to_string(root().join("Cargo.lock")).map_err(|e| format!("Cargo.lock: {e}"))?;
    let needle = format!("name = \"{package}\"\nversion = \"");
    let start = lock
        .find(&needle)
        .ok_or_else(|| format!("{package} is not in Cargo.lock"))?
        + needle.len();
    let end = lock[start..].find('"').ok_or("Cargo.lock is malformed")?;
    Ok(lock[start..start + end].to_owned())
}

/// `npm ci` when `package-lock.json` changed since the last install (a stamp in node_modules).
fn npm_packages() -> Result<(), String> {
    let lock = fs::read(root().join("package-lock.json"))
        .map_err(|e| format!("package-lock.json: {e}"))?;
    let stamp_path = root().join("node_modules/.stc-installed");
    let stamp = fingerprint(&lock);
    if fs::read_to_string(&stamp_path).ok().as_deref() == Some(stamp.as_str())
        && root().join("node_modules/.bin/wasm-opt").exists()
    {
        return Ok(());
    }
    run(command("npm").args(["ci", "--no-audit", "--no-fund"]))?;
    fs::write(&stamp_path, stamp).map_err(|e| format!("{}: {e}", stamp_path.display()))
}

fn fingerprint(bytes: &[u8]) -> String {
    // FNV-1a: enough to notice that the lockfile changed.
    let hash = bytes.iter().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
        (h ^ u64::from(*b)).wrapping_mul(0x100_0000_01b3)
    });
    format!("{hash:016x}")
}

pub const CHROMIUM: &str = "/usr/bin/chromium";

/// Debian's packages the tests use, each with a file that shows it is installed: Chromium,
/// poppler-utils (`pdfinfo`, `pdftoppm`) to count and look at printed pages, and PostgreSQL
/// (`initdb`, `postgres`, `pg_dump`, and the system user `postgres`) for the mailbox's
/// PostgreSQL tests, which start a throw-away cluster of their own.
const DEBIAN_PACKAGES: [(&str, &str); 3] = [
    ("chromium", CHROMIUM),
    ("poppler-utils", "/usr/bin/pdfinfo"),
    ("postgresql", "/usr/lib/postgresql/15/bin/initdb"),
];

fn debian_packages() -> Result<(), String> {
    let missing: Vec<&str> = DEBIAN_PACKAGES
        .iter()
        .filter(|(_, file)| fs::metadata(file).is_err())
        .map(|(package, _)| *package)
        .collect();
    if missing.is_empty() {
        return Ok(());
    }
    // Chromium comes with its driver, as it always did.
    let mut packages = missing.clone();
    if missing.contains(&"chromium") {
        packages.push("chromium-driver");
    }
    let is_root = output(command("id").arg("-u")).as_deref() == Some("0");
    if !is_root {
        return Err(format!(
            "the tests need Debian's {}. Install as root:\n  \
             apt-get update && apt-get install -y {}",
            missing.join(", "),
            packages.join(" ")
        ));
    }
    run(command("apt-get").arg("update"))?;
    run(command("apt-get")
        .args(["install", "-y"])
        .args(&packages)
        .env("DEBIAN_FRONTEND", "noninteractive"))
}
