//! Easy language in numbers: words per sentence in the UI strings (`locales/*.json`) and in the
//! content packs (`content/*.json`), counted as `stc_core::journey::texts` counts them (the
//! content test uses the same rule). `cargo xtask bench` prints the figures per language with the
//! longest sentences; the tests fail on a UI sentence over the maximum (the content packs have
//! their own test in `crates/core/tests/content_packs.rs`).

use std::fs;

use serde_json::Value;
use stc_core::journey::Pack;
use stc_core::journey::texts::{
    MAX_WORDS_PER_SENTENCE as MAX_WORDS, help_line_texts, sentences, texts, words,
};

use crate::util::root;

/// Every string of a locale file with its key (`overview.empty`).
pub fn ui_texts(json: &Value) -> Vec<(String, String)> {
    let mut out = Vec::new();
    collect(json, String::new(), &mut out);
    out
}

/// Every text a youngster reads in a content pack, with its place.
pub fn content_texts(pack: &Pack) -> Vec<(String, String)> {
    texts(pack)
        .into_iter()
        .chain(help_line_texts(pack))
        .map(|(place, text)| (place, text.to_owned()))
        .collect()
}

fn collect(value: &Value, path: String, out: &mut Vec<(String, String)>) {
    let join = |part: &str| {
        if path.is_empty() {
            part.to_owned()
        } else {
            format!("{path}.{part}")
        }
    };
    match value {
        Value::Object(map) => {
            for (key, value) in map {
                collect(value, join(key), out);
            }
        }
        Value::Array(items) => {
            for (i, value) in items.iter().enumerate() {
                collect(value, join(&i.to_string()), out);
            }
        }
        Value::String(text) => out.push((path, text.clone())),
        _ => {}
    }
}

/// Sentences over `max` words, with their place and length, longest first.
pub fn long_sentences(texts: &[(String, String)], max: usize) -> Vec<(String, String, usize)> {
    let mut long: Vec<(String, String, usize)> = texts
        .iter()
        .flat_map(|(place, text)| {
            sentences(text)
                .map(|s| (place.clone(), s.to_owned(), words(s)))
                .filter(|(_, _, n)| *n > max)
                .collect::<Vec<_>>()
        })
        .collect();
    long.sort_by_key(|(_, _, n)| std::cmp::Reverse(*n));
    long
}

/// Prints, per language, the mean and longest sentence of the UI and of the content, the number
/// of sentences over the maximum, and the three longest sentences.
pub fn report() -> Result<(), String> {
    println!("\n== Words per sentence (easy language: at most {MAX_WORDS})");
    for (kind, folder) in [("ui", "locales"), ("content", "content")] {
        let mut files: Vec<_> = fs::read_dir(root().join(folder))
            .map_err(|e| format!("{folder}: {e}"))?
            .filter_map(|entry| entry.ok().map(|e| e.path()))
            .filter(|path| path.extension().is_some_and(|e| e == "json"))
            .collect();
        files.sort();
        for path in files {
            let language = path
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or("?")
                .to_owned();
            let failed = |e: &dyn std::fmt::Display| format!("{}: {e}", path.display());
            let text = fs::read_to_string(&path).map_err(|e| failed(&e))?;
            let texts = if kind == "ui" {
                ui_texts(&serde_json::from_str(&text).map_err(|e| failed(&e))?)
            } else {
                content_texts(&Pack::from_json(&text).map_err(|e| failed(&e))?)
            };
            let lengths: Vec<usize> = texts
                .iter()
                .flat_map(|(_, text)| sentences(text).map(words).collect::<Vec<_>>())
                .collect();
            let mean = lengths.iter().sum::<usize>() as f64 / lengths.len().max(1) as f64;
            let name = format!("words_per_sentence_{kind}_{language}");
            println!("metric {name}_mean {mean:.1} words");
            println!(
                "metric {name}_max {} words",
                lengths.iter().max().unwrap_or(&0)
            );
            let long = long_sentences(&texts, MAX_WORDS);
            println!(
                "metric sentences_over_{MAX_WORDS}_words_{kind}_{language} {} sentences",
                long.len()
            );
            let mut all = long_sentences(&texts, 0);
            all.truncate(3);
            for (place, sentence, n) in all {
                println!("# longest {kind} {language}: {n} words, {place}: {sentence}");
            }
        }
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_long_sentence_is_found_with_its_place() {
        let texts = vec![(
            "a.b".to_owned(),
            "Kort. Dit is een zin met veel te veel woorden voor wie weinig leest".to_owned(),
        )];
        let long = long_sentences(&texts, MAX_WORDS);
        assert_eq!(long.len(), 1);
        assert_eq!(long[0].0, "a.b");
        assert_eq!(long[0].2, 13);
    }

    #[test]
    fn every_ui_sentence_has_at_most_twelve_words_in_every_language() {
        for language in ["nl", "en", "fi"] {
            let path = root().join(format!("locales/{language}.json"));
            let json: Value = serde_json::from_str(&fs::read_to_string(&path).unwrap()).unwrap();
            let long = long_sentences(&ui_texts(&json), MAX_WORDS);
            let list: Vec<String> = long
                .iter()
                .map(|(place, s, n)| format!("{place} ({n} words): {s}"))
                .collect();
            assert!(
                long.is_empty(),
                "locales/{language}.json:\n{}",
                list.join("\n")
            );
        }
    }

    #[test]
    fn the_report_reads_every_locale_and_pack() {
        report().unwrap();
    }
}
