//! Writes `<file>.br` (brotli 11) and `<file>.gz` (gzip 9) next to every file of the build, so
//! that the server sends the smallest copy without compressing on each request (see
//! `crates/server/src/static_files.rs`). A copy that would not be smaller (a PNG) is not written:
//! the server then sends the file itself.

use std::fs;
use std::io::Write;
use std::path::{Path, PathBuf};

use crate::util::files_under;

/// The suffixes of the copies; the service worker's list and the bench leave these files out.
const SUFFIXES: [&str; 2] = [".br", ".gz"];

/// Whether `path` is a precompressed copy written here.
pub fn is_copy(path: &Path) -> bool {
    let name = path.to_string_lossy();
    SUFFIXES.iter().any(|suffix| name.ends_with(suffix))
}

/// Compresses every file of `dist` (old copies are replaced); returns how many copies it wrote.
pub fn write(dist: &Path) -> Result<usize, String> {
    let files = files_under(dist)?;
    let (old_copies, originals): (Vec<PathBuf>, Vec<PathBuf>) =
        files.into_iter().partition(|path| is_copy(path));
    for path in old_copies {
        fs::remove_file(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    }
    let mut written = 0;
    for path in originals {
        let bytes = fs::read(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        for (suffix, compressed) in [(".br", brotli(&bytes)), (".gz", gzip(&bytes))] {
            if compressed.len() < bytes.len() {
                let mut copy = path.clone().into_os_string();
                copy.push(suffix);
                fs::write(&copy, compressed).map_err(|e| format!("{copy:?}: {e}"))?;
                written += 1;
            }
        }
    }
    println!(
        "wrote {written} precompressed copies (brotli 11, gzip 9) in {}",
        dist.display()
    );
    Ok(written)
}

pub fn gzip(bytes: &[u8]) -> Vec<u8> {
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    encoder.write_all(bytes).expect("writing to memory");
    encoder.finish().expect("writing to memory")
}

pub fn brotli(bytes: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let params = brotli::enc::BrotliEncoderParams {
        quality: 11,
        // The largest window brotli allows without the large-window extension browsers lack.
        lgwin: 24,
        ..Default::default()
    };
    brotli::BrotliCompress(&mut &bytes[..], &mut out, &params).expect("writing to memory");
    out
}

#[cfg(test)]
mod tests {
    use std::io::Read;

    use super::*;

    #[test]
    fn every_compressible_file_gets_a_brotli_and_a_gzip_copy_that_decode_to_it() {
        let dist = std::env::temp_dir().join(format!("stc-precompress-{}", std::process::id()));
        fs::create_dir_all(dist.join("content")).unwrap();
        let page = "<p>Start To Can</p>\n".repeat(50);
        let pack = r#"{"islands": []}"#.repeat(40);
        let noise: Vec<u8> = (0..64u32)
            .map(|i| (i.wrapping_mul(2_654_435_761) >> 24) as u8)
            .collect();
        fs::write(dist.join("index.html"), &page).unwrap();
        fs::write(dist.join("content/nl.json"), &pack).unwrap();
        fs::write(dist.join("icon.png"), &noise).unwrap();
        fs::write(dist.join("index.html.br"), "a stale copy").unwrap();
        write(&dist).unwrap();

        let read = |name: &str| fs::read(dist.join(name)).unwrap();
        let mut from_brotli = Vec::new();
        brotli::Decompressor::new(&read("index.html.br")[..], 4096)
            .read_to_end(&mut from_brotli)
            .unwrap();
        let mut from_gzip = Vec::new();
        flate2::read::GzDecoder::new(&read("content/nl.json.gz")[..])
            .read_to_end(&mut from_gzip)
            .unwrap();
        let noise_has_copy = dist.join("icon.png.br").exists() || dist.join("icon.png.gz").exists();
        fs::remove_dir_all(&dist).unwrap();

        assert_eq!(from_brotli, page.as_bytes());
        assert_eq!(from_gzip, pack.as_bytes());
        assert!(!noise_has_copy, "a copy that is not smaller is left out");
    }

    #[test]
    fn copies_are_recognised_by_their_suffix() {
        assert!(is_copy(Path::new("dist/app_bg.wasm.br")));
        assert!(is_copy(Path::new("dist/index.html.gz")));
        assert!(!is_copy(Path::new("dist/app_bg.wasm")));
    }
}
