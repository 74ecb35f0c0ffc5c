//! `cargo xtask bench`: the size of every file of the release build, gzip and brotli, and the
//! same for a minimal Leptos hello world built side by side (`bench/baseline`), so that the
//! ratio holds on a noisy machine; then what offline-first gives (`xtask/bench-offline.mjs`):
//! the bytes a second visit downloads and the time to open the app with the server stopped.
//! One figure a line: `metric <name> <value> <unit>`.

use std::fs;
use std::path::{Path, PathBuf};

use crate::util::{command, files_under, root, run};
use crate::{build, precompress, setup};

pub fn bench() -> Result<(), String> {
    setup::ensure_all()?;
    build::app_release()?;
    let server = build::server(build::Profile::Debug)?;
    let baseline_dist = root().join("target/bench-baseline/dist");
    run(command("trunk")
        .current_dir(root().join("bench/baseline"))
        .args(["build", "--release", "--dist"])
        .arg(&baseline_dist)
        .env("CARGO_TARGET_DIR", root().join("target/bench-baseline")))?;

    let app = measure(&root().join("dist"))?;
    let baseline = measure(&baseline_dist)?;
    println!();
    for file in &app {
        println!("metric {}.raw {} bytes", file.name, file.raw);
        println!("metric {}.gzip {} bytes", file.name, file.gzip);
        println!("metric {}.brotli {} bytes", file.name, file.brotli);
    }
    let total = |files: &[Measured], f: fn(&Measured) -> usize| files.iter().map(f).sum::<usize>();
    let wasm_gzip = |files: &[Measured]| {
        total(
            &files
                .iter()
                .filter(|f| f.name.ends_with(".wasm"))
                .cloned()
                .collect::<Vec<_>>(),
            |f| f.gzip,
        )
    };
    // Install icons are fetched only when the app is installed, not on a first visit.
    let first_visit: Vec<Measured> = app
        .iter()
        .filter(|f| !f.name.starts_with("icons/"))
        .cloned()
        .collect();
    let app_total = total(&first_visit, |f| f.gzip);
    let baseline_total = total(&baseline, |f| f.gzip);
    println!("metric first_visit_total_gzip {app_total} bytes");
    println!(
        "metric first_visit_total_brotli {} bytes",
        total(&first_visit, |f| f.brotli)
    );
    println!("metric dist_total_gzip {} bytes", total(&app, |f| f.gzip));
    println!("metric app_wasm_gzip {} bytes", wasm_gzip(&app));
    println!("metric baseline_wasm_gzip {} bytes", wasm_gzip(&baseline));
    println!("metric baseline_first_visit_total_gzip {baseline_total} bytes");
    println!(
        "metric first_visit_vs_baseline {:.2} ratio",
        app_total as f64 / baseline_total.max(1) as f64
    );
    print_offline_figures(&server)
}

/// Runs the offline measurement in Chromium and prints its figures.
fn print_offline_figures(server: &Path) -> Result<(), String> {
    let output = command("node")
        .arg("xtask/bench-offline.mjs")
        .env("STC_SERVER_BIN", server)
        .env("STC_DIST_DIR", root().join("dist"))
        .env("STC_CHROMIUM", setup::CHROMIUM)
        .output()
        .map_err(|e| format!("could not start node: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        return Err(format!(
            "the offline measurement failed:\n{stdout}{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let figures: serde_json::Value = stdout
        .lines()
        .last()
        .and_then(|line| serde_json::from_str(line).ok())
        .ok_or_else(|| format!("the offline measurement printed no figures:\n{stdout}"))?;
    let number = |name: &str| figures[name].as_u64().unwrap_or(0);
    println!(
        "metric first_visit_network_bytes {} bytes",
        number("first_visit_network_bytes")
    );
    println!(
        "metric second_visit_network_bytes {} bytes",
        number("second_visit_network_bytes")
    );
    println!(
        "metric offline_open_median {} ms",
        number("offline_open_median_ms")
    );
    println!(
        "# second visit, from the network: {}; offline opens (ms): {}",
        figures["second_visit_network_requests"], figures["offline_open_runs_ms"]
    );
    Ok(())
}

#[derive(Clone)]
struct Measured {
    /// The file name with Trunk's content hash taken out, so names stay the same between builds.
    name: String,
    raw: usize,
    gzip: usize,
    brotli: usize,
}

fn measure(dist: &Path) -> Result<Vec<Measured>, String> {
    let mut files: Vec<PathBuf> = files_under(dist)?
        .into_iter()
        .filter(|path| !precompress::is_copy(path))
        .collect();
    files.sort();
    files
        .iter()
        .map(|path| {
            let bytes = fs::read(path).map_err(|e| format!("{}: {e}", path.display()))?;
            let relative = path
                .strip_prefix(dist)
                .unwrap_or(path)
                .to_string_lossy()
                .into_owned();
            Ok(Measured {
                name: without_hash(&relative),
                raw: bytes.len(),
                gzip: gzip_len(&bytes),
                brotli: brotli_len(&bytes),
            })
        })
        .collect()
}

/// `start-to-can-0f1e2d3c4b5a6978_bg.wasm` → `start-to-can_bg.wasm`. Trunk prints the hash as
/// hex without leading zeros, so it can be shorter than 16 digits.
fn without_hash(name: &str) -> String {
    let bytes = name.as_bytes();
    for start in (0..bytes.len()).filter(|&i| bytes[i] == b'-') {
        let digits = bytes[start + 1..]
            .iter()
            .take_while(|b| b.is_ascii_hexdigit())
            .count();
        let end = start + 1 + digits;
        if (8..=16).contains(&digits) && matches!(bytes.get(end), Some(b'.' | b'_')) {
            return format!("{}{}", &name[..start], &name[end..]);
        }
    }
    name.to_owned()
}

fn gzip_len(bytes: &[u8]) -> usize {
    precompress::gzip(bytes).len()
}

fn brotli_len(bytes: &[u8]) -> usize {
    precompress::brotli(bytes).len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn trunk_hashes_are_taken_out_of_names() {
        assert_eq!(
            without_hash("start-to-can-0f1e2d3c4b5a6978_bg.wasm"),
            "start-to-can_bg.wasm"
        );
        assert_eq!(without_hash("main-aaaaaaaaaaaaaaaa.css"), "main.css");
        assert_eq!(
            without_hash("start-to-can-94297e920f79722_bg.wasm"),
            "start-to-can_bg.wasm"
        );
        assert_eq!(without_hash("index.html"), "index.html");
        assert_eq!(without_hash("start-to-can.js"), "start-to-can.js");
    }

    #[test]
    fn compression_makes_repetitive_text_smaller() {
        let text = "Start To Can ".repeat(200);
        assert!(gzip_len(text.as_bytes()) < text.len() / 10);
        assert!(brotli_len(text.as_bytes()) < text.len() / 10);
    }
}
