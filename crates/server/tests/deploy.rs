//! The example deployment in `deploy/` (two instances under systemd, one PostgreSQL database,
//! HAProxy in front) matches the real program: every setting it gives is one the server reads,
//! with a value it accepts, and the balancer checks and reaches exactly the instances the
//! README starts.

use std::collections::BTreeMap;
use std::net::IpAddr;
use std::path::{Path, PathBuf};

use stc_server::configuration::Settings;

fn repository() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn read(path: &str) -> String {
    std::fs::read_to_string(repository().join(path)).unwrap_or_else(|e| panic!("{path}: {e}"))
}

/// A systemd unit: section → key → values (a key may repeat).
fn parse_unit(text: &str) -> BTreeMap<String, BTreeMap<String, Vec<String>>> {
    let mut sections: BTreeMap<String, BTreeMap<String, Vec<String>>> = BTreeMap::new();
    let mut current = None;
    for line in text.lines().map(str::trim) {
        if line.is_empty() || line.starts_with('#') || line.starts_with(';') {
            continue;
        }
        if let Some(name) = line.strip_prefix('[').and_then(|l| l.strip_suffix(']')) {
            current = Some(name.to_string());
            sections.entry(name.to_string()).or_default();
            continue;
        }
        let section = current.clone().expect("a key before any section");
        let (key, value) = line.split_once('=').expect("key=value");
        sections
            .get_mut(&section)
            .unwrap()
            .entry(key.trim().to_string())
            .or_default()
            .push(value.trim().to_string());
    }
    sections
}

/// `KEY=VALUE` lines of an environment file.
fn parse_environment(text: &str) -> Vec<(String, String)> {
    text.lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .map(|line| {
            let (key, value) = line.split_once('=').expect("KEY=VALUE");
            (key.to_string(), value.to_string())
        })
        .collect()
}

/// The instances the README starts: `systemctl enable --now stc-server@8081 stc-server@8082`.
fn instance_ports_in_readme() -> Vec<u16> {
    let readme = read("README.md");
    let line = readme
        .lines()
        .find(|line| line.contains("systemctl enable --now stc-server@"))
        .expect("the README starts the instances");
    line.split_whitespace()
        .filter_map(|word| word.strip_prefix("stc-server@"))
        .map(|port| port.parse().unwrap())
        .collect()
}

#[test]
fn each_instance_of_the_unit_reads_as_valid_settings_with_postgresql() {
    let unit = parse_unit(&read("deploy/systemd/stc-server@.service"));
    let service = &unit["Service"];
    assert_eq!(
        service["EnvironmentFile"],
        ["/etc/stc-server/stc-server.env"]
    );
    let exec_start = &service["ExecStart"][0];
    let environment = parse_environment(&read("deploy/systemd/stc-server.env"));
    for (name, _) in &environment {
        assert!(name.starts_with("STC_"), "{name} is not a setting");
    }
    let ports = instance_ports_in_readme();
    assert_eq!(ports.len(), 2, "two instances");
    for port in ports {
        let command = exec_start.replace("%i", &port.to_string());
        let mut words = command.split_whitespace();
        assert!(words.next().unwrap().ends_with("/stc-server"));
        let args: Vec<String> = words.map(str::to_string).collect();
        let settings = Settings::from_vars_and_args(environment.clone(), args)
            .unwrap_or_else(|e| panic!("{command}: {e}"));
        assert_eq!(settings.port, port);
        let url = settings.database_url.expect("the database URL is set");
        assert!(url.as_str().starts_with("postgres://"));
        assert!(settings.mailbox.require_registration_token);
        assert!(
            settings
                .rate_limits
                .trusted_proxies
                .contains(&"127.0.0.1".parse::<IpAddr>().unwrap()),
            "the balancer is trusted to name clients"
        );
    }
    // Every variable is one the program reads: a misspelt name would be silently ignored.
    for (name, value) in &environment {
        let flag = format!(
            "--{}",
            name.trim_start_matches("STC_")
                .to_ascii_lowercase()
                .replace('_', "-")
        );
        Settings::from_vars_and_args(Vec::new(), [flag.clone(), value.clone()])
            .unwrap_or_else(|e| panic!("{name} ({flag}): {e}"));
    }
}

#[test]
fn the_balancer_health_checks_exactly_the_instances_and_names_the_client() {
    let config = read("deploy/haproxy.cfg");
    let lines: Vec<&str> = config
        .lines()
        .map(str::trim)
        .filter(|line| !line.starts_with('#'))
        .collect();
    assert!(lines.contains(&"option httpchk GET /api/health"));
    assert!(lines.contains(&"http-check expect status 200"));
    assert!(lines.contains(&"http-request set-header X-Real-IP %[src]"));
    let servers: Vec<(String, Vec<&str>)> = lines
        .iter()
        .filter(|line| line.starts_with("server "))
        .map(|line| {
            let words: Vec<&str> = line.split_whitespace().collect();
            (words[2].to_string(), words[3..].to_vec())
        })
        .collect();
    let expected: Vec<String> = instance_ports_in_readme()
        .iter()
        .map(|port| format!("127.0.0.1:{port}"))
        .collect();
    assert_eq!(
        servers.iter().map(|(a, _)| a.clone()).collect::<Vec<_>>(),
        expected
    );
    for (address, options) in &servers {
        assert!(options.contains(&"check"), "{address} is health-checked");
    }
    // The instances listen where the balancer connects (the unit's --host).
    let unit = read("deploy/systemd/stc-server@.service");
    assert!(unit.contains("--host 127.0.0.1 --port %i"));
}
