//! Builds the sealing module (`crates/seal-web`: `stc_core::seal` with wasm-bindgen, no Leptos)
//! into `dist/crypto/seal-<hash>.js` and `seal-<hash>_bg.wasm`, and names it in the page as
//! `<meta name="stc-crypto" content="/crypto/seal-<hash>.js">`. The app imports it only when a
//! summary goes to a coach, so a first visit does not download it: the service worker leaves
//! `crypto/` out of its install precache and keeps the files once they were fetched (see
//! `sw/10-offline.js`). The hash (of the module before wasm-bindgen) lets the server mark the
//! files immutable, and a new module gets new names.

use std::fs;
use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::util::{command, root, run};

/// The folder of the module in the build; the worker fetches what is in it on demand only.
pub const FOLDER: &str = "crypto";
const PACKAGE: &str = "stc-seal-web";
const TARGET: &str = "wasm32-unknown-unknown";

/// Builds the module (release, wasm-bindgen `--target web`, `wasm-opt -Oz`) into `dist/crypto/`
/// and names it in `dist/index.html` (and in the share app's page, which seals too: see
/// [`crate::util::youngster_pages`]).
pub fn write(dist: &Path) -> Result<(), String> {
    run(command("cargo").args([
        "build",
        "--release",
        "--target",
        TARGET,
        "--package",
        PACKAGE,
    ]))?;
    let wasm = target_dir()
        .join(TARGET)
        .join("release")
        .join("stc_seal_web.wasm");
    let bytes = fs::read(&wasm).map_err(|e| format!("{}: {e}", wasm.display()))?;
    let name = format!("seal-{}", short_hash(&bytes));
    let folder = dist.join(FOLDER);
    if folder.exists() {
        fs::remove_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    }
    run(command("wasm-bindgen")
        .args([
            "--target",
            "web",
            "--no-typescript",
            "--out-name",
            &name,
            "--out-dir",
        ])
        .arg(&folder)
        .arg(&wasm))?;
    let module = folder.join(format!("{name}_bg.wasm"));
    run(command("wasm-opt")
        .arg("-Oz")
        .arg(format!("--output={}", module.display()))
        .arg(&module))?;
    let url = format!("/{FOLDER}/{name}.js");
    for index in crate::util::youngster_pages(dist) {
        let html = fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
        fs::write(&index, name_in_page(&html, &url)?)
            .map_err(|e| format!("{}: {e}", index.display()))?;
    }
    println!("wrote the sealing module {url}");
    Ok(())
}

fn target_dir() -> PathBuf {
    std::env::var_os("CARGO_TARGET_DIR").map_or_else(|| root().join("target"), PathBuf::from)
}

/// The first 16 hex digits of a SHA-256 (leading zeros kept).
fn short_hash(bytes: &[u8]) -> String {
    Sha256::digest(bytes)
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// The page with a `<meta name="stc-crypto">` naming the module before `</head>`.
fn name_in_page(html: &str, url: &str) -> Result<String, String> {
    if html.contains("name=\"stc-crypto\"") {
        return Err("index.html already names the sealing module: was Trunk skipped?".to_owned());
    }
    let head_end = html
        .find("</head>")
        .ok_or("index.html has no </head> to name the sealing module before")?;
    Ok(format!(
        "{}<meta name=\"stc-crypto\" content=\"{url}\" />\n{}",
        &html[..head_end],
        &html[head_end..]
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_module_is_named_in_the_head_once() {
        let html = "<html><head><title>x</title></head><body></body></html>";
        let named = name_in_page(html, "/crypto/seal-0123456789abcdef.js").unwrap();
        assert!(named.contains(
            "<meta name=\"stc-crypto\" content=\"/crypto/seal-0123456789abcdef.js\" />\n</head>"
        ));
        assert!(name_in_page(&named, "/crypto/other.js").is_err());
        assert!(name_in_page("<html></html>", "/x.js").is_err());
    }

    #[test]
    fn the_hash_keeps_its_leading_zeros() {
        let hash = short_hash(b"");
        assert_eq!(hash, "e3b0c44298fc1c14");
        assert_eq!(short_hash(b"x").len(), 16);
    }
}
