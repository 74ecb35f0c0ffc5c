use std::sync::Arc;

use stc_server::configuration::Settings;
use stc_server::mailbox::tokens::{self, TokenCommand};
use stc_server::mailbox::{Clock, SystemClock};
use stc_server::startup::{self, AppState};

#[tokio::main]
async fn main() {
    stc_server::telemetry::init();
    let mut args: Vec<String> = std::env::args().skip(1).collect();
    let sub_command = args.first().cloned();
    if sub_command.as_deref() == Some("registration-tokens") {
        args.remove(0);
        std::process::exit(registration_tokens(args).await);
    }
    let settings = match Settings::from_env_and_args(args) {
        Ok(settings) => settings,
        Err(message) => {
            eprintln!("stc-server: {message}\n\n{}", Settings::USAGE);
            std::process::exit(2);
        }
    };
    if let Err(error) = startup::run(settings).await {
        eprintln!("stc-server: {error:#}");
        std::process::exit(1);
    }
}

/// `stc-server registration-tokens`: prints new one-time coach registration tokens, one a line.
async fn registration_tokens(args: Vec<String>) -> i32 {
    let defaults = match Settings::from_env_and_args(Vec::new()) {
        Ok(settings) => settings,
        Err(message) => {
            eprintln!("stc-server: {message}");
            return 2;
        }
    };
    let command = match TokenCommand::parse(args, defaults.data_dir.clone()) {
        Ok(command) => command,
        Err(message) => {
            eprintln!("stc-server: {message}\n\n{}", TokenCommand::USAGE);
            return 2;
        }
    };
    let settings = Settings {
        data_dir: command.data_dir.clone(),
        ..defaults
    };
    let clock = Arc::new(SystemClock);
    let now = clock.now();
    let state = match AppState::open(&settings, clock).await {
        Ok(state) => state,
        Err(error) => {
            eprintln!("stc-server: {error}");
            return 1;
        }
    };
    match tokens::create(
        state.mailboxes.store.as_ref(),
        command.count,
        command.valid_days,
        now,
    )
    .await
    {
        Ok(tokens) => {
            for token in &tokens {
                println!("{}", token.as_str());
            }
            eprintln!(
                "{} one-time token(s) to register a coach's mailbox, valid for {} days, stored (as hashes) in {}. \
                 Give one to each coach; each works once.",
                tokens.len(),
                command.valid_days,
                state.mailboxes.store.location()
            );
            0
        }
        Err(error) => {
            eprintln!("stc-server: could not store the tokens: {error}");
            1
        }
    }
}
