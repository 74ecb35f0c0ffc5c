//! Puts the content packs (`content/<lang>.json`, the exercises as data) into the build instead
//! of into the wasm: each is checked, minified and written as `dist/content/<lang>-<hash>.json`,
//! and `dist/index.html` names it in a `<meta name="stc-content" data-language="<lang>">`, where
//! the app (`src/content.rs`) finds the file of the language it shows. The content hash in the
//! name lets the server mark the file immutable, and a new text gets a new name; the service
//! worker precaches every pack, so a language switch works offline too. The pack of the page's
//! own language (`<html lang>`, Dutch) is also preloaded, so it comes while the wasm does instead
//! of after it; it costs no extra bytes, as the worker fetches every pack anyway.

use std::fs;
use std::path::Path;

use sha2::{Digest, Sha256};

use crate::util::root;

/// The folder of the packs, in the sources and in the build.
const FOLDER: &str = "content";

/// A pack as it goes into the build.
#[derive(Debug, PartialEq)]
pub struct BuiltPack {
    pub language: String,
    /// The URL path, e.g. `/content/nl-0123456789abcdef.json`.
    pub url: String,
    pub json: String,
}

/// Writes every pack of `content/` into `dist/content/` and names them in `dist/index.html` (and
/// in the share app's page, which shows the same content: see [`crate::util::youngster_pages`]).
pub fn write(dist: &Path) -> Result<(), String> {
    let packs = read_packs(&root().join(FOLDER))?;
    let folder = dist.join(FOLDER);
    fs::create_dir_all(&folder).map_err(|e| format!("{}: {e}", folder.display()))?;
    for pack in &packs {
        let target = dist.join(&pack.url[1..]);
        fs::write(&target, &pack.json).map_err(|e| format!("{}: {e}", target.display()))?;
    }
    for index in crate::util::youngster_pages(dist) {
        let html = fs::read_to_string(&index).map_err(|e| format!("{}: {e}", index.display()))?;
        fs::write(&index, name_in_page(&html, &packs)?)
            .map_err(|e| format!("{}: {e}", index.display()))?;
    }
    println!(
        "wrote {} content packs into {}",
        packs.len(),
        folder.display()
    );
    Ok(())
}

/// Every `<lang>.json` in `dir`, sorted by language.
fn read_packs(dir: &Path) -> Result<Vec<BuiltPack>, String> {
    let entries = fs::read_dir(dir).map_err(|e| format!("{}: {e}", dir.display()))?;
    let mut packs = Vec::new();
    for entry in entries {
        let path = entry.map_err(|e| e.to_string())?.path();
        let Some(language) = path
            .file_name()
            .and_then(|n| n.to_str())
            .and_then(|n| n.strip_suffix(".json"))
        else {
            continue;
        };
        let text = fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
        packs.push(build_pack(language, &text).map_err(|e| format!("{}: {e}", path.display()))?);
    }
    packs.sort_by(|a, b| a.language.cmp(&b.language));
    if packs.is_empty() {
        return Err(format!("no content packs (*.json) in {}", dir.display()));
    }
    Ok(packs)
}

/// The pack without the spaces that only help its writers, named after its language and the
/// first 16 hex digits of its SHA-256.
pub fn build_pack(language: &str, text: &str) -> Result<BuiltPack, String> {
    if language.is_empty() || !language.chars().all(|c| c.is_ascii_lowercase()) {
        return Err(format!("{language:?} is not a language code like \"nl\""));
    }
    let value: serde_json::Value =
        serde_json::from_str(text).map_err(|e| format!("not valid JSON: {e}"))?;
    let json = value.to_string();
    let hash: String = Sha256::digest(json.as_bytes())
        .iter()
        .take(8)
        .map(|b| format!("{b:02x}"))
        .collect();
    Ok(BuiltPack {
        language: language.to_owned(),
        url: format!("/{FOLDER}/{language}-{hash}.json"),
        json,
    })
}

/// The page with one `<meta name="stc-content">` a pack put before `</head>`, and a preload of
/// the pack in the page's language. `crossorigin` makes the preload match the app's `fetch`.
fn name_in_page(html: &str, packs: &[BuiltPack]) -> Result<String, String> {
    if html.contains("name=\"stc-content\"") {
        return Err("index.html already names the content packs: was Trunk skipped?".to_owned());
    }
    let head_end = html
        .find("</head>")
        .ok_or("index.html has no </head> to put the content packs' names before")?;
    let page_language = html
        .split_once("<html lang=\"")
        .and_then(|(_, rest)| rest.split_once('"'))
        .map(|(language, _)| language);
    let mut tags = String::new();
    for pack in packs {
        tags.push_str(&format!(
            "<meta name=\"stc-content\" data-language=\"{}\" content=\"{}\" />\n",
            pack.language, pack.url
        ));
        if page_language == Some(pack.language.as_str()) {
            tags.push_str(&format!(
                "<link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin=\"anonymous\" />\n",
                pack.url
            ));
        }
    }
    Ok(format!("{}{tags}{}", &html[..head_end], &html[head_end..]))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_pack_is_minified_and_named_after_its_language_and_contents() {
        let pack = build_pack("nl", "{\n  \"islands\": [ 1, 2 ]\n}\n").unwrap();
        assert_eq!(pack.json, r#"{"islands":[1,2]}"#);
        assert!(pack.url.starts_with("/content/nl-"), "{}", pack.url);
        assert!(pack.url.ends_with(".json"));
        assert_eq!(pack.url.len(), "/content/nl-0123456789abcdef.json".len());
        let same = build_pack("nl", r#"{"islands":[1,2]}"#).unwrap();
        assert_eq!(
            pack.url, same.url,
            "only the contents count, not the spaces"
        );
        let changed = build_pack("nl", r#"{"islands":[1,3]}"#).unwrap();
        assert_ne!(pack.url, changed.url);
    }

    #[test]
    fn a_broken_pack_or_name_stops_the_build() {
        assert!(build_pack("nl", "{\"islands\": [").is_err());
        assert!(build_pack("../nl", "{}").is_err());
    }

    #[test]
    fn the_page_names_every_pack_in_its_head() {
        let packs = [
            build_pack("en", "{}").unwrap(),
            build_pack("nl", "[]").unwrap(),
        ];
        let page = name_in_page(
            "<html lang=\"nl\"><head><title>x</title></head><body></body></html>",
            &packs,
        )
        .unwrap();
        let head = &page[..page.find("</head>").unwrap()];
        for pack in &packs {
            let meta = format!(
                "<meta name=\"stc-content\" data-language=\"{}\" content=\"{}\" />",
                pack.language, pack.url
            );
            assert!(head.contains(&meta), "{page}");
        }
        let preloads: Vec<&str> = head.matches("rel=\"preload\"").collect();
        assert_eq!(preloads.len(), 1, "only the page's language: {page}");
        let preload = format!(
            "<link rel=\"preload\" href=\"{}\" as=\"fetch\" crossorigin=\"anonymous\" />",
            packs[1].url
        );
        assert!(head.contains(&preload), "{page}");
        assert!(name_in_page(&page, &packs).is_err(), "named twice");
        assert!(name_in_page("<html></html>", &packs).is_err());
    }

    #[test]
    fn the_real_packs_build() {
        let packs = read_packs(&root().join(FOLDER)).unwrap();
        let languages: Vec<&str> = packs.iter().map(|p| p.language.as_str()).collect();
        assert_eq!(languages, ["en", "fi", "nl"]);
    }
}
