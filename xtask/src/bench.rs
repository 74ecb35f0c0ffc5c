//! `cargo xtask bench`: the size of every file of the release build, gzip and brotli, and the
//! same for a minimal Leptos hello world built side by side (`bench/baseline`), so that the
//! ratio holds on a noisy machine; then, in Chromium against the real server, the bytes a first
//! and a second visit transfer and the time to open offline (`xtask/bench-offline.mjs`),
//! Lighthouse on `/` and `/map` (`xtask/bench-lighthouse.mjs`) and the time to save an answer
//! at 4× CPU slowdown (`xtask/bench-answer.mjs`); words per sentence of the UI and the content
//! (`words.rs`).
//! One figure a line: `metric <name> <value> <unit>`.

use std::fs;
use std::path::{Path, PathBuf};

use crate::util::{command, files_under, root, run};
use crate::{build, precompress, setup};

/// `cargo xtask bench bytes`: only the sizes of the release build's files and what a first and a
/// second visit transfer (no hello world, Lighthouse, save times or mailbox figures), for a quick
/// before and after of one change.
pub fn bytes_only() -> Result<(), String> {
    setup::ensure_all()?;
    build::app_release()?;
    let server = build::server(build::Profile::Debug)?;
    for file in measure(&root().join("dist"))? {
        println!("metric {}.brotli {} bytes", file.name, file.brotli);
    }
    print_node_figures(BROWSER_BENCHES[0], &server)
}

/// `cargo xtask bench seal`: only the time to seal the fullest summary in the browser.
pub fn seal_only() -> Result<(), String> {
    setup::ensure_all()?;
    build::app_release()?;
    let server = build::server(build::Profile::Debug)?;
    write_seal_summary()?;
    print_node_figures(BROWSER_BENCHES[3], &server)
}

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
    // Install icons are fetched only when the app is installed, the sealing module only when
    // the youngster shares, like "Deel met je coach" (`share/`): none on a first visit, nor the
    // coach's app (`coach/`) or the invited person's page (`invite/`) ever.
    let on_demand = format!("{}/", crate::crypto::FOLDER);
    let first_visit: Vec<Measured> = app
        .iter()
        .filter(|f| {
            !f.name.starts_with("icons/")
                && !f.name.starts_with(&on_demand)
                && !f.name.starts_with("coach/")
                && !f.name.starts_with("invite/")
                && !f.name.starts_with("share/")
        })
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
    let sealing: Vec<Measured> = app
        .iter()
        .filter(|f| f.name.starts_with(&on_demand))
        .cloned()
        .collect();
    println!(
        "metric sealing_module_brotli {} bytes",
        total(&sealing, |f| f.brotli)
    );
    println!("metric app_wasm_gzip {} bytes", wasm_gzip(&app));
    println!("metric baseline_wasm_gzip {} bytes", wasm_gzip(&baseline));
    println!("metric baseline_first_visit_total_gzip {baseline_total} bytes");
    println!(
        "metric first_visit_vs_baseline {:.2} ratio",
        app_total as f64 / baseline_total.max(1) as f64
    );
    crate::words::report()?;
    crate::bench_mailbox::bench()?;
    print_browser_figures(&server)
}

/// The measurements in Chromium, each a script that prints `metric` lines (and `#` notes).
const BROWSER_BENCHES: [&str; 4] = [
    // Bytes of a first and a second visit, as served; time to open offline.
    "xtask/bench-offline.mjs",
    // Lighthouse mobile performance on `/` and on `/map` with a journey stored.
    "xtask/bench-lighthouse.mjs",
    // Saving an answer at 4× CPU slowdown, p50 and p99.
    "xtask/bench-answer.mjs",
    // Sealing the fullest summary with the app's sealing module.
    "xtask/bench-seal.mjs",
];

/// Runs the measurements in Chromium against our own server and prints their figures.
fn print_browser_figures(server: &Path) -> Result<(), String> {
    write_seal_summary()?;
    for script in BROWSER_BENCHES {
        print_node_figures(script, server)?;
    }
    Ok(())
}

/// Runs one bench script and prints the `metric`/`#` lines it prints.
fn print_node_figures(script: &str, server: &Path) -> Result<(), String> {
    let output = command("node")
        .arg(script)
        .env("STC_SERVER_BIN", server)
        .env("STC_DIST_DIR", root().join("dist"))
        .env("STC_SEAL_SUMMARY", root().join(SEAL_SUMMARY))
        .env("STC_CHROMIUM", setup::CHROMIUM)
        .env("CHROME_PATH", setup::CHROMIUM)
        .output()
        .map_err(|e| format!("could not start node: {e}"))?;
    let stdout = String::from_utf8_lossy(&output.stdout);
    if !output.status.success() {
        return Err(format!(
            "{script} failed:\n{stdout}{}",
            String::from_utf8_lossy(&output.stderr)
        ));
    }
    let figures: Vec<&str> = stdout
        .lines()
        .filter(|line| line.starts_with("metric ") || line.starts_with("# "))
        .collect();
    if !figures.iter().any(|line| line.starts_with("metric ")) {
        return Err(format!("{script} printed no figures:\n{stdout}"));
    }
    for line in figures {
        println!("{line}");
    }
    Ok(())
}

/// The summary `xtask/bench-seal.mjs` seals: the fullest the Dutch pack allows.
const SEAL_SUMMARY: &str = "target/bench-seal-summary.json";

fn write_seal_summary() -> Result<(), String> {
    use stc_core::journey::{MAX_TEXT_CHARS, Pack};
    let source = root().join("content/nl.json");
    let text = fs::read_to_string(&source).map_err(|e| format!("{}: {e}", source.display()))?;
    let pack = Pack::from_json(&text).map_err(|e| format!("{}: {e}", source.display()))?;
    // A fixed day: the bench's summary is the same from run to run.
    let today = chrono::NaiveDate::from_ymd_opt(2026, 11, 23).expect("a valid date");
    let summary = stc_core::share::example::fullest_summary(&pack, today, MAX_TEXT_CHARS, true);
    let target = root().join(SEAL_SUMMARY);
    fs::write(&target, summary.to_json()).map_err(|e| format!("{}: {e}", target.display()))
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
