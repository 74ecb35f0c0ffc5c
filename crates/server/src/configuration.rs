//! Typed settings with defaults that work out of the box, overridable by environment variables
//! (`STC_HOST`, `STC_PORT`, `STC_DATA_DIR`, `STC_DIST_DIR`) and then by command-line flags.

use std::net::{IpAddr, Ipv4Addr};
use std::path::PathBuf;

#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Settings {
    pub host: IpAddr,
    /// 0 asks the system for a free port; the real one is printed at start.
    pub port: u16,
    /// Where the SQLite database lives.
    pub data_dir: PathBuf,
    /// The built app (Trunk's `dist/`).
    pub dist_dir: PathBuf,
}

impl Default for Settings {
    fn default() -> Self {
        Settings {
            host: IpAddr::V4(Ipv4Addr::LOCALHOST),
            port: 8080,
            data_dir: PathBuf::from(".data"),
            dist_dir: PathBuf::from("dist"),
        }
    }
}

impl Settings {
    pub const USAGE: &'static str = "usage: stc-server [--host IP] [--port N] [--data-dir DIR] [--dist-dir DIR]\n\
        environment: STC_HOST, STC_PORT, STC_DATA_DIR, STC_DIST_DIR (flags win)";

    /// Defaults, then the environment, then the flags.
    pub fn from_env_and_args(args: impl IntoIterator<Item = String>) -> Result<Settings, String> {
        let mut settings = Settings::default();
        for (name, value) in std::env::vars() {
            let flag = match name.as_str() {
                "STC_HOST" => "--host",
                "STC_PORT" => "--port",
                "STC_DATA_DIR" => "--data-dir",
                "STC_DIST_DIR" => "--dist-dir",
                _ => continue,
            };
            settings
                .set(flag, value)
                .map_err(|e| format!("{name}: {e}"))?;
        }
        let mut args = args.into_iter();
        while let Some(flag) = args.next() {
            let value = args.next().ok_or_else(|| format!("{flag} needs a value"))?;
            settings.set(&flag, value)?;
        }
        Ok(settings)
    }

    fn set(&mut self, flag: &str, value: String) -> Result<(), String> {
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
            other => return Err(format!("unknown option '{other}'")),
        }
        Ok(())
    }
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
    fn an_unknown_flag_or_missing_value_is_refused() {
        assert!(Settings::from_env_and_args(args(&["--colour", "red"])).is_err());
        assert!(Settings::from_env_and_args(args(&["--port"])).is_err());
    }
}
