//! Typed settings with defaults that work out of the box, overridable by environment variables
//! (`STC_HOST`, `STC_PORT`, `STC_DATA_DIR`, `STC_DIST_DIR`, and the mailbox's `STC_…` below) and
//! then by command-line flags.

use std::net::{IpAddr, Ipv4Addr};
use std::path::PathBuf;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub host: IpAddr,
    /// 0 asks the system for a free port; the real one is printed at start.
    pub port: u16,
    /// Where the SQLite database lives (when no `database_url` is given).
    pub data_dir: PathBuf,
    /// A PostgreSQL database for the mailbox (`postgres://user:password@host:port/database`),
    /// shared by several server instances; SQLite in `data_dir` when `None`.
    pub database_url: Option<DatabaseUrl>,
    /// The built app (Trunk's `dist/`).
    pub dist_dir: PathBuf,
    pub mailbox: MailboxSettings,
    pub rate_limits: RateLimitSettings,
}

/// A database URL, kept out of logs and debug output because it may hold a password.
#[derive(Clone, PartialEq, Eq)]
pub struct DatabaseUrl(String);

impl DatabaseUrl {
    pub fn new(url: impl Into<String>) -> DatabaseUrl {
        DatabaseUrl(url.into())
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("DatabaseUrl(…)")
    }
}

/// How long what the mailbox holds is kept, and who may open a coach's mailbox.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct MailboxSettings {
    /// Coach registration needs a one-time token made with `stc-server registration-tokens`.
    pub require_registration_token: bool,
    /// An item not replaced for this long is deleted.
    pub retention_days: u32,
    /// A coach's mailbox nobody used (owner or sender) for this long is deleted.
    pub unused_mailbox_days: u32,
    /// The same for a youngster's mailbox: they are made freely, so they go sooner.
    pub unused_youngster_mailbox_days: u32,
    pub max_items_per_mailbox: u32,
    /// How often the clean-up runs.
    pub cleanup_interval_seconds: u64,
}

impl Default for MailboxSettings {
    fn default() -> Self {
        MailboxSettings {
            require_registration_token: false,
            retention_days: 180,
            unused_mailbox_days: 365,
            unused_youngster_mailbox_days: 90,
            max_items_per_mailbox: 200,
            cleanup_interval_seconds: 3600,
        }
    }
}

/// Requests per client address (the peer's IP address, kept in memory only).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct RateLimitSettings {
    /// Look-ups, item writes and lists: the steady rate and the burst allowed on top of it.
    pub per_minute: u32,
    pub burst: u32,
    /// Registering a mailbox.
    pub registrations_per_hour: u32,
    pub registration_burst: u32,
    /// Load balancers whose `X-Real-IP` header names the client (empty: none is trusted).
    pub trusted_proxies: Vec<IpAddr>,
}

impl Default for RateLimitSettings {
    fn default() -> Self {
        RateLimitSettings {
            per_minute: 120,
            burst: 60,
            registrations_per_hour: 20,
            registration_burst: 5,
            trusted_proxies: Vec::new(),
        }
    }
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 8080,
            data_dir: PathBuf::from(".data"),
            database_url: None,
            dist_dir: PathBuf::from("dist"),
            mailbox: MailboxSettings::default(),
            rate_limits: RateLimitSettings::default(),
        }
    }
}

impl Settings {
    pub const USAGE: &'static str = "usage: stc-server [--host IP] [--port N] [--data-dir DIR] [--dist-dir DIR]\n\
        \x20      [--database-url postgres://user:password@host:port/database]\n\
        \x20      [--require-registration-token true|false] [--retention-days N]\n\
        \x20      [--unused-mailbox-days N] [--unused-youngster-mailbox-days N] [--max-items-per-mailbox N]\n\
        \x20      [--cleanup-interval-seconds N] [--rate-limit-per-minute N] [--rate-limit-burst N]\n\
        \x20      [--registrations-per-hour N] [--registration-burst N] [--trusted-proxy IP[,IP…]]\n\
        \x20  or: stc-server registration-tokens [--count N] [--valid-days N] [--data-dir DIR]\n\
        environment: STC_ and the flag's name in capitals, e.g. STC_PORT, STC_RETENTION_DAYS (flags win)";

    /// Defaults, then the environment, then the flags.
    pub fn from_env_and_args(args: impl IntoIterator<Item = String>) -> Result<Settings, String> {
        Settings::from_vars_and_args(std::env::vars(), args)
    }

    /// Defaults, then the `STC_` variables among `vars`, then the flags.
    pub fn from_vars_and_args(
        vars: impl IntoIterator<Item = (String, String)>,
        args: impl IntoIterator<Item = String>,
    ) -> Result<Settings, String> {
        let mut settings = Settings::default();
        for (name, value) in vars {
            let Some(flag) = name
                .strip_prefix("STC_")
                .map(|rest| format!("--{}", rest.to_ascii_lowercase().replace('_', "-")))
                .filter(|flag| Settings::FLAGS.contains(&flag.as_str()))
            else {
                continue;
            };
            settings
                .set(&flag, value)
                .map_err(|e| format!("{name}: {e}"))?;
        }
        let mut args = args.into_iter();
        while let Some(flag) = args.next() {
            let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
            settings.set(&flag, value)?;
        }
        Ok(settings)
    }

    /// Every flag, each also read from `STC_<FLAG IN CAPITALS>` (some test harnesses set other
    /// `STC_` variables, which are not ours to refuse).
    const FLAGS: &'static [&'static str] = &[
        "--host",
        "--port",
        "--data-dir",
        "--dist-dir",
        "--database-url",
        "--require-registration-token",
        "--retention-days",
        "--unused-mailbox-days",
        "--unused-youngster-mailbox-days",
        "--max-items-per-mailbox",
        "--cleanup-interval-seconds",
        "--rate-limit-per-minute",
        "--rate-limit-burst",
        "--registrations-per-hour",
        "--registration-burst",
        "--trusted-proxy",
    ];

    fn set(&mut self, flag: &str, value: String) -> Result<(), String> {
        let mailbox = &mut self.mailbox;
        let limits = &mut self.rate_limits;
        match flag {
            "--host" => {
                self.host = value
                    .parse()
                    .map_err(|_| format!("'{value}' is not an IP address"))?
            }
            "--port" => {
                self.port = value
                    .parse()
                    .map_err(|_| format!("'{value}' is not a port number"))?
            }
            "--data-dir" => self.data_dir = PathBuf::from(value),
            "--dist-dir" => self.dist_dir = PathBuf::from(value),
            "--database-url" => {
                if !(value.starts_with("postgres://") || value.starts_with("postgresql://")) {
                    return Err("the database URL must start with postgres:// (SQLite needs none: it lives in --data-dir)".into());
                }
                self.database_url = Some(DatabaseUrl::new(value))
            }
            "--require-registration-token" => {
                mailbox.require_registration_token = match value.as_str() {
                    "true" | "yes" | "1" => true,
                    "false" | "no" | "0" => false,
                    _ => return Err(format!("'{value}' is not true or false")),
                }
            }
            "--retention-days" => mailbox.retention_days = count(&value)?,
            "--unused-mailbox-days" => mailbox.unused_mailbox_days = count(&value)?,
            "--unused-youngster-mailbox-days" => {
                mailbox.unused_youngster_mailbox_days = count(&value)?
            }
            "--max-items-per-mailbox" => mailbox.max_items_per_mailbox = count(&value)?,
            "--cleanup-interval-seconds" => {
                mailbox.cleanup_interval_seconds = u64::from(count(&value)?)
            }
            "--rate-limit-per-minute" => limits.per_minute = count(&value)?,
            "--rate-limit-burst" => limits.burst = count(&value)?,
            "--registrations-per-hour" => limits.registrations_per_hour = count(&value)?,
            "--registration-burst" => limits.registration_burst = count(&value)?,
            "--trusted-proxy" => {
                limits.trusted_proxies = value
                    .split(',')
                    .map(|part| {
                        part.trim()
                            .parse()
                            .map_err(|_| format!("'{}' is not an IP address", part.trim()))
                    })
                    .collect::<Result<_, _>>()?
            }
            other => return Err(format!("unknown option '{other}'")),
        }
        Ok(())
    }
}

/// A whole number of at least 1 (a limit or period of 0 would switch a safeguard off by accident).
fn count(value: &str) -> Result<u32, String> {
    value
        .parse()
        .ok()
        .filter(|&n| n >= 1)
        .ok_or_else(|| format!("'{value}' is not a whole number of at least 1"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn args(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn defaults_listen_on_loopback_only() {
        assert_eq!(Settings::default().host, IpAddr::V4(Ipv4Addr::LOCALHOST));
    }

    #[test]
    fn flags_override_defaults() {
        let s =
            Settings::from_env_and_args(args(&["--port", "0", "--data-dir", "/tmp/x"])).unwrap();
        assert_eq!(s.port, 0);
        assert_eq!(s.data_dir, PathBuf::from("/tmp/x"));
    }

    #[test]
    fn a_bad_port_is_reported_by_name() {
        let err = Settings::from_env_and_args(args(&["--port", "eighty"])).unwrap_err();
        assert!(err.contains("eighty"), "{err}");
    }

    #[test]
    fn the_mailbox_defaults_keep_items_180_days_and_leave_coach_registration_open() {
        let s = Settings::default();
        assert_eq!(s.mailbox.retention_days, 180);
        assert_eq!(s.mailbox.unused_mailbox_days, 365);
        assert!(!s.mailbox.require_registration_token);
    }

    #[test]
    fn mailbox_and_rate_limit_flags_are_read() {
        let s = Settings::from_env_and_args(args(&[
            "--require-registration-token",
            "true",
            "--retention-days",
            "30",
            "--rate-limit-burst",
            "1000",
        ]))
        .unwrap();
        assert!(s.mailbox.require_registration_token);
        assert_eq!(s.mailbox.retention_days, 30);
        assert_eq!(s.rate_limits.burst, 1000);
    }

    #[test]
    fn a_zero_or_bad_limit_is_refused_by_value() {
        for bad in ["0", "-1", "many"] {
            let err = Settings::from_env_and_args(args(&["--retention-days", bad])).unwrap_err();
            assert!(err.contains(bad), "{err}");
        }
        assert!(
            Settings::from_env_and_args(args(&["--require-registration-token", "maybe"])).is_err()
        );
    }

    #[test]
    fn trusted_proxies_are_a_list_of_addresses() {
        let s = Settings::from_env_and_args(args(&["--trusted-proxy", "10.0.0.2, ::1"])).unwrap();
        assert_eq!(
            s.rate_limits.trusted_proxies,
            vec![
                "10.0.0.2".parse::<IpAddr>().unwrap(),
                "::1".parse::<IpAddr>().unwrap()
            ]
        );
        let err = Settings::from_env_and_args(args(&["--trusted-proxy", "lb.local"])).unwrap_err();
        assert!(err.contains("lb.local"), "{err}");
    }

    #[test]
    fn a_postgres_url_is_read_and_never_shown_in_debug_output() {
        let s = Settings::from_env_and_args(args(&[
            "--database-url",
            "postgres://stc:hunter2@db.example:5432/stc",
        ]))
        .unwrap();
        let url = s.database_url.as_ref().unwrap();
        assert_eq!(url.as_str(), "postgres://stc:hunter2@db.example:5432/stc");
        assert!(!format!("{s:?}").contains("hunter2"));
        let err = Settings::from_env_and_args(args(&["--database-url", "mysql://x"])).unwrap_err();
        assert!(err.contains("postgres://"), "{err}");
    }

    #[test]
    fn an_unknown_flag_or_missing_value_is_refused() {
        assert!(Settings::from_env_and_args(args(&["--colour", "red"])).is_err());
        assert!(Settings::from_env_and_args(args(&["--port"])).is_err());
    }
}
