//! Running commands with the project's tools on PATH, and counting test results.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

/// The repository root (the parent of `xtask/`).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask sits in the repository")
        .to_path_buf()
}

/// Where `cargo install` puts binaries.
pub fn cargo_bin_dir() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from(".cargo"))
        .join("bin")
}

/// PATH with the npm tools (wasm-opt, playwright) and cargo-installed tools first.
pub fn tool_path() -> std::ffi::OsString {
    let mut dirs = vec![root().join("node_modules/.bin"), cargo_bin_dir()];
    dirs.extend(std::env::split_paths(
        &std::env::var_os("PATH").unwrap_or_default(),
    ));
    std::env::join_paths(dirs).expect("tool directories are valid paths")
}

/// A command in the repository root with the tool PATH.
pub fn command(program: impl AsRef<std::ffi::OsStr>) -> Command {
    let mut command = Command::new(program);
    command.current_dir(root()).env("PATH", tool_path());
    command
}

fn describe(command: &Command) -> String {
    let mut line = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        line.push(' ');
        line.push_str(&arg.to_string_lossy());
    }
    line
}

/// Runs a command, echoing it; fails with its exit status.
pub fn run(command: &mut Command) -> Result<(), String> {
    let line = describe(command);
    println!("$ {line}");
    let status = command
        .status()
        .map_err(|e| format!("could not start `{line}`: {e}"))?;
    if status.success() {
        Ok(())
    } else {
        Err(format!("`{line}` failed ({status})"))
    }
}

/// Runs a command and returns its standard output (trimmed), or `None` if it cannot run or fails.
pub fn output(command: &mut Command) -> Option<String> {
    let out = command.stderr(Stdio::null()).output().ok()?;
    out.status
        .success()
        .then(|| String::from_utf8_lossy(&out.stdout).trim().to_owned())
}

#[derive(Default)]
pub struct TestCounts {
    pub cargo_passed: u64,
    pub cargo_failed: u64,
    pub e2e_passed: u64,
    pub e2e_failed: u64,
}

impl TestCounts {
    pub fn passed(&self) -> u64 {
        self.cargo_passed + self.e2e_passed
    }

    pub fn failed(&self) -> u64 {
        self.cargo_failed + self.e2e_failed
    }
}

/// `cargo test` for the native crates (the apps and their views are tested in the browser),
/// streaming its output and adding up its result lines.
pub fn cargo_test(counts: &mut TestCounts) -> Result<(), String> {
    let mut test = command("cargo");
    test.args([
        "test",
        "--workspace",
        "--exclude",
        "start-to-can",
        "--exclude",
        "stc-coach",
        "--exclude",
        "stc-invite",
        "--exclude",
        "stc-share",
        "--exclude",
        "stc-ui",
        "--exclude",
        "stc-i18n",
        "--exclude",
        "stc-web",
        "--color",
        "never",
    ]);
    println!("$ {}", describe(&test));
    let output = test
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .output()
        .map_err(|e| format!("could not start cargo test: {e}"))?;
    let text = String::from_utf8_lossy(&output.stdout);
    print!("{text}");
    for line in text.lines().filter(|l| l.starts_with("test result:")) {
        counts.cargo_passed += number_before(line, " passed");
        counts.cargo_failed += number_before(line, " failed");
    }
    if output.status.success() {
        Ok(())
    } else {
        Err("cargo test failed".to_owned())
    }
}

/// The number right before `marker` in `line` ("… 12 passed; …" → 12).
pub fn number_before(line: &str, marker: &str) -> u64 {
    line.find(marker)
        .and_then(|end| line[..end].rsplit([' ', ';', '.']).next()?.parse().ok())
        .unwrap_or(0)
}

/// Every file under `dir`, in its folders too (unsorted).
/// The pages of the youngster's apps in `dist` that name the content packs and the sealing
/// module: the app's `index.html`, and the share app's `share/index.html` once it is built.
pub fn youngster_pages(dist: &Path) -> Vec<PathBuf> {
    let share = dist
        .join(crate::service_worker::SHARE_DIR)
        .join("index.html");
    let mut pages = vec![dist.join("index.html")];
    if share.is_file() {
        pages.push(share);
    }
    pages
}

pub fn files_under(dir: &Path) -> Result<Vec<PathBuf>, String> {
    let mut files = Vec::new();
    let entries = std::fs::read_dir(dir)
        .map_err(|e| format!("{}: {e} (was the app built?)", dir.display()))?;
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        if path.is_dir() {
            files.extend(files_under(&path)?);
        } else {
            files.push(path);
        }
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_are_read_from_a_cargo_result_line() {
        let line = "test result: ok. 12 passed; 3 failed; 0 ignored; 0 measured; 0 filtered out";
        assert_eq!(number_before(line, " passed"), 12);
        assert_eq!(number_before(line, " failed"), 3);
        assert_eq!(number_before("nothing here", " passed"), 0);
    }
}
