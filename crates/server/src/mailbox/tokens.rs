//! `stc-server registration-tokens`: one-time tokens the organisation running the server hands
//! to its coaches, when the server requires one to register a coach's mailbox. Only their hashes
//! are stored; each works once, until it expires.

use std::path::PathBuf;

use super::DAY;
use super::domain::Secret;
use super::store::{MailboxStore, StoreError, Time};

#[derive(Debug, PartialEq, Eq)]
pub struct TokenCommand {
    pub count: u32,
    pub valid_days: u32,
    pub data_dir: PathBuf,
}

impl TokenCommand {
    pub const USAGE: &'static str = "usage: stc-server registration-tokens [--count N] [--valid-days N] [--data-dir DIR]\n\
        prints N one-time tokens (default 1) for registering a coach's mailbox, valid N days (default 30)";

    /// The flags after the sub-command; the data directory defaults to the server's own.
    pub fn parse(
        args: impl IntoIterator<Item = String>,
        data_dir: PathBuf,
    ) -> Result<TokenCommand, String> {
        let mut command = TokenCommand {
            count: 1,
            valid_days: 30,
            data_dir,
        };
        let mut args = args.into_iter();
        while let Some(flag) = args.next() {
            let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
            let number = || {
                value
                    .parse::<u32>()
                    .ok()
                    .filter(|n| (1..=1000).contains(n))
                    .ok_or_else(|| format!("'{value}' is not a number from 1 to 1000"))
            };
            match flag.as_str() {
                "--count" => command.count = number()?,
                "--valid-days" => command.valid_days = number()?,
                "--data-dir" => command.data_dir = PathBuf::from(&value),
                other => return Err(format!("unknown option '{other}'")),
            }
        }
        Ok(command)
    }
}

/// Makes `count` new tokens valid for `valid_days` from `now`, stores their hashes and returns
/// them: this is the only time they are seen.
pub async fn create(
    store: &dyn MailboxStore,
    count: u32,
    valid_days: u32,
    now: Time,
) -> Result<Vec<Secret>, StoreError> {
    let tokens: Vec<Secret> = (0..count).map(|_| Secret::random()).collect();
    store
        .add_registration_tokens(
            tokens.iter().map(Secret::hash).collect(),
            now,
            now + Time::from(valid_days) * DAY,
        )
        .await?;
    Ok(tokens)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn parse(list: &[&str]) -> Result<TokenCommand, String> {
        TokenCommand::parse(list.iter().map(|s| s.to_string()), PathBuf::from(".data"))
    }

    #[test]
    fn one_token_for_thirty_days_by_default() {
        assert_eq!(
            parse(&[]).unwrap(),
            TokenCommand {
                count: 1,
                valid_days: 30,
                data_dir: PathBuf::from(".data")
            }
        );
    }

    #[test]
    fn count_days_and_folder_are_read_and_bad_values_refused() {
        let command = parse(&[
            "--count",
            "5",
            "--valid-days",
            "7",
            "--data-dir",
            "/srv/stc",
        ])
        .unwrap();
        assert_eq!((command.count, command.valid_days), (5, 7));
        assert_eq!(command.data_dir, PathBuf::from("/srv/stc"));
        assert!(parse(&["--count", "0"]).unwrap_err().contains("'0'"));
        assert!(parse(&["--count"]).is_err());
        assert!(parse(&["--colour", "red"]).is_err());
    }
}
