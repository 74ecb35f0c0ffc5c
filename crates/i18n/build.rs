//! Generates the `i18n` module from the repository's `locales/*.json`: Dutch first, then English
//! and Finnish. One module for every app, so a string has one home and one context type.

use std::error::Error;
use std::path::PathBuf;

use leptos_i18n_build::{Config, ParseOptions, TranslationsInfos};

fn main() -> Result<(), Box<dyn Error>> {
    println!("cargo::rerun-if-changed=build.rs");
    println!("cargo::rerun-if-changed=Cargo.toml");
    let module_dir =
        PathBuf::from(std::env::var_os("OUT_DIR").ok_or("OUT_DIR is not set")?).join("i18n");
    // `interpolate_display`: `t_string!` may fill in values ("Volgende herinnering: {{ when }}").
    let config = Config::new("nl")?
        .add_locales(["en", "fi"])?
        .locales_path("../../locales")
        .parse_options(ParseOptions::new().interpolate_display(true));
    let translations = TranslationsInfos::parse(config)?;
    translations.emit_diagnostics();
    translations.rerun_if_locales_changed();
    translations.generate_i18n_module(module_dir)?;
    Ok(())
}
