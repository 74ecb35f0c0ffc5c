//! `cargo xtask seal <public-key> [--raw]`: seals what comes in on standard input to an owner's
//! public key (standard base64) and prints the sealed item as standard base64, with the very code
//! the youngster's app seals with (`stc_core::seal`, the summary packed by
//! `stc_core::share::pack_message`). For the end-to-end tests of the coach's app, which put items
//! in a coach's mailbox without the youngster's app. The input must be a summary the coach's app
//! reads (`Summary::from_json`), unless `--raw` seals the bytes as they are.

use std::io::Read;

use base64::Engine;
use base64::engine::general_purpose::STANDARD;
use stc_core::seal::{PublicKey, seal};
use stc_core::share::{Summary, pack_message};

pub fn run(args: &[String]) -> Result<(), String> {
    let (key, raw) = match args {
        [key] => (key, false),
        [key, flag] if flag == "--raw" => (key, true),
        _ => return Err("usage: cargo xtask seal <public-key> [--raw] < message".into()),
    };
    let key = STANDARD
        .decode(key)
        .map_err(|e| format!("the public key is not base64: {e}"))?;
    let key = PublicKey::from_bytes(&key).map_err(|e| e.to_string())?;
    let mut input = Vec::new();
    std::io::stdin()
        .read_to_end(&mut input)
        .map_err(|e| e.to_string())?;
    let message = if raw {
        input
    } else {
        let json = String::from_utf8(input).map_err(|_| "the summary is not UTF-8".to_owned())?;
        Summary::from_json(&json).map_err(|e| format!("not a summary the coach reads: {e}"))?;
        pack_message(&json)
    };
    let sealed = seal(&key, &message).map_err(|e| e.to_string())?;
    println!("{}", STANDARD.encode(sealed));
    Ok(())
}
