//! Load on the mailbox API, run by `cargo xtask bench`: the `stc-server` program given as the
//! first argument on loopback with a fresh database (one instance on SQLite; then one and two
//! instances on one PostgreSQL database of a throw-away cluster), then 50 and 500 concurrent clients, each
//! sending its next request as soon as the last is answered (the hardest case: no pause between
//! requests), and 500 clients at a steady pace, for a bounded time per scenario. Prints
//! `metric <name> <value> <unit>` lines.
//!
//! `cargo run --profile server -p stc-server --example bench_mailbox -- target/server/stc-server`

use std::io::{BufRead, BufReader};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::time::{Duration, Instant};

use base64::Engine;
use base64::engine::general_purpose::{STANDARD, URL_SAFE_NO_PAD};
use reqwest::Client;
use serde_json::{Value, json};
use stc_core::seal::{self, SecretKey};

/// How long each scenario runs after its warm-up.
const MEASURE: Duration = Duration::from_secs(5);
const WARM_UP: Duration = Duration::from_secs(1);
/// Items in the listed mailbox: a coach with 20 youngsters.
const LISTED_ITEMS: usize = 20;
/// A summary of about 2 KB, as the overview of a few islands is.
const SUMMARY_BYTES: usize = 1800;

/// (clients, pause between one client's requests): back to back first, then each client sending
/// one request every 250 ms (2000 requests/s offered by 500 clients: busy, but not beyond what
/// the machine can do), which shows the answer time of a loaded server rather than its queue.
const SCENARIOS: [(usize, Option<Duration>); 3] = [
    (50, None),
    (500, None),
    (500, Some(Duration::from_millis(250))),
];
/// Senders per mailbox in the PUT scenarios (a coach has a few dozen youngsters).
const SENDERS_PER_MAILBOX: usize = 50;

/// Where the mailbox lives, and how many server instances share it.
#[derive(Clone, Copy)]
enum Setup {
    /// One instance with its embedded SQLite file (the default deployment).
    Sqlite,
    /// `instances` instances on one PostgreSQL database; clients alternate between them.
    Postgres { instances: usize },
}

impl Setup {
    fn prefix(self) -> &'static str {
        match self {
            Setup::Sqlite => "mailbox",
            Setup::Postgres { instances: 1 } => "mailbox_pg",
            Setup::Postgres { .. } => "mailbox_pg2",
        }
    }
}

#[tokio::main]
async fn main() {
    let server_binary = std::env::args()
        .nth(1)
        .expect("usage: bench_mailbox <path of stc-server>");
    let client = Client::builder()
        .pool_max_idle_per_host(1000)
        .build()
        .unwrap();
    // Durable (fsync on), as SQLite's full sync is: the same promise for a write.
    let cluster = stc_server::pg_cluster::Cluster::start(true);
    for setup in [
        Setup::Sqlite,
        Setup::Postgres { instances: 1 },
        Setup::Postgres { instances: 2 },
    ] {
        let data = tempfile::tempdir().unwrap();
        let servers: Vec<Server> = match setup {
            Setup::Sqlite => vec![Server::start(&server_binary, data.path(), None)],
            Setup::Postgres { instances } => {
                let url = cluster.create_database().await;
                (0..instances)
                    .map(|_| Server::start(&server_binary, data.path(), Some(&url)))
                    .collect()
            }
        };
        let bases: Arc<Vec<String>> =
            Arc::new(servers.iter().map(|server| server.base.clone()).collect());
        match setup {
            Setup::Sqlite => println!("# one instance, SQLite"),
            Setup::Postgres { instances } => println!(
                "# {instances} instance(s) on one PostgreSQL {} database (fsync on)",
                pg_version()
            ),
        }
        bench_setup(&client, &bases, setup.prefix()).await;
        drop(servers);
    }
    println!(
        "# PUT: {SENDERS_PER_MAILBOX} senders per mailbox, one item each; list: {LISTED_ITEMS} items of {SUMMARY_BYTES} bytes; \
         {} s per scenario after {} s warm-up; back to back, p50 is about clients / (requests/s); \
         with two instances, clients alternate between them; all on this one machine",
        MEASURE.as_secs(),
        WARM_UP.as_secs()
    );
}

fn pg_version() -> String {
    Command::new("pg_dump")
        .arg("--version")
        .output()
        .ok()
        .and_then(|out| String::from_utf8(out.stdout).ok())
        .and_then(|text| text.split_whitespace().nth(2).map(str::to_owned))
        .unwrap_or_default()
}

/// Every scenario against the instances at `bases` (client `n` uses instance `n % len`).
async fn bench_setup(client: &Client, bases: &Arc<Vec<String>>, prefix: &str) {
    let base = bases[0].clone();
    let instance = |n: usize| bases[n % bases.len()].clone();
    let summary = "x".repeat(SUMMARY_BYTES);

    let mut mailboxes = Vec::new();
    for _ in 0..500 / SENDERS_PER_MAILBOX {
        let (code, _, key) = register(client, &base).await;
        let body = json!({ "ciphertext": STANDARD.encode(seal::seal(&key.public_key(), summary.as_bytes()).unwrap()) });
        mailboxes.push((code, Arc::new(body.to_string())));
    }
    let mailboxes = Arc::new(mailboxes);
    for (clients, pace) in SCENARIOS {
        let put = run(clients, pace, |n| {
            let (client, mailboxes) = (client.clone(), Arc::clone(&mailboxes));
            let (code, body) = &mailboxes[n / SENDERS_PER_MAILBOX];
            // A new sender per scenario: a fresh secret, and an item id of its own.
            let secret = item_secret();
            let url = format!(
                "{}/api/mailboxes/{code}/items/bench-{}-{n}",
                instance(n),
                &secret[..8]
            );
            let body = Arc::clone(body);
            move || {
                client
                    .put(url.clone())
                    .bearer_auth(&secret)
                    .header("content-type", "application/json")
                    .body(body.as_str().to_owned())
                    .send()
            }
        })
        .await;
        put.print(&scenario_name(prefix, "put", clients, pace));
    }

    // A mailbox with exactly LISTED_ITEMS items for the list scenarios.
    let (listed_code, listed_secret, listed_key) = register(client, &base).await;
    for n in 0..LISTED_ITEMS {
        let sealed =
            STANDARD.encode(seal::seal(&listed_key.public_key(), summary.as_bytes()).unwrap());
        let status = client
            .put(format!(
                "{base}/api/mailboxes/{listed_code}/items/youngster-{n}"
            ))
            .bearer_auth(item_secret())
            .json(&json!({ "ciphertext": sealed }))
            .send()
            .await
            .unwrap()
            .status();
        assert!(status.is_success(), "{status}");
    }
    for (clients, pace) in SCENARIOS {
        let list = run(clients, pace, |n| {
            let (client, secret) = (client.clone(), listed_secret.clone());
            let url = format!("{}/api/mailboxes/{listed_code}/items", instance(n));
            move || client.get(url.clone()).bearer_auth(&secret).send()
        })
        .await;
        list.print(&scenario_name(prefix, "list", clients, pace));
    }
}

fn scenario_name(prefix: &str, what: &str, clients: usize, pace: Option<Duration>) -> String {
    match pace {
        None => format!("{prefix}_{what}_{clients}"),
        Some(_) => format!("{prefix}_{what}_{clients}_paced"),
    }
}

/// A coach's mailbox: its code, owner secret and secret key.
async fn register(client: &Client, base: &str) -> (String, String, SecretKey) {
    let key = SecretKey::generate();
    let registered: Value = client
        .post(format!("{base}/api/mailboxes"))
        .json(&json!({
            "kind": "coach",
            "display_name": "Bench coach",
            "public_key": STANDARD.encode(key.public_key().to_bytes()),
        }))
        .send()
        .await
        .unwrap()
        .json()
        .await
        .unwrap();
    let text = |field: &str| registered[field].as_str().unwrap().to_string();
    (text("code"), text("owner_secret"), key)
}

struct Figures {
    latencies: Vec<Duration>,
    errors: usize,
    elapsed: Duration,
}

impl Figures {
    fn print(mut self, name: &str) {
        self.latencies.sort_unstable();
        let percentile = |p: f64| {
            let index = ((self.latencies.len() as f64 * p).ceil() as usize).saturating_sub(1);
            self.latencies
                .get(index)
                .map_or(0.0, |d| d.as_secs_f64() * 1000.0)
        };
        let rps = self.latencies.len() as f64 / self.elapsed.as_secs_f64();
        println!("metric {name}_rps {rps:.0} requests/s");
        println!("metric {name}_p50 {:.1} ms", percentile(0.50));
        println!("metric {name}_p99 {:.1} ms", percentile(0.99));
        println!("metric {name}_max {:.1} ms", percentile(1.0));
        println!("metric {name}_errors {} requests", self.errors);
    }
}

/// `clients` loops, each made by `make_client(n)`, sending requests back to back or one every
/// `pace`; only the answers after the warm-up count.
async fn run<M, C, F>(clients: usize, pace: Option<Duration>, make_client: M) -> Figures
where
    M: Fn(usize) -> C,
    C: Fn() -> F + Send + 'static,
    F: std::future::Future<Output = reqwest::Result<reqwest::Response>> + Send,
{
    let start = Instant::now();
    let measure_from = start + WARM_UP;
    let stop_at = measure_from + MEASURE;
    let tasks: Vec<_> = (0..clients)
        .map(|n| {
            let send = make_client(n);
            // Paced clients start spread over one pause, so they do not send in step.
            let mut next = pace.map(|pause| start + pause * n as u32 / clients as u32);
            tokio::spawn(async move {
                let (mut latencies, mut errors) = (Vec::new(), 0);
                while Instant::now() < stop_at {
                    if let (Some(at), Some(pause)) = (next.as_mut(), pace) {
                        tokio::time::sleep_until((*at).into()).await;
                        *at += pause;
                    }
                    let sent = Instant::now();
                    let ok = match send().await {
                        Ok(response) => {
                            let ok = response.status().is_success();
                            ok && response.bytes().await.is_ok()
                        }
                        Err(_) => false,
                    };
                    let answered = Instant::now();
                    if sent >= measure_from && answered <= stop_at {
                        if ok {
                            latencies.push(answered - sent);
                        } else {
                            errors += 1;
                        }
                    }
                }
                (latencies, errors)
            })
        })
        .collect();
    let mut figures = Figures {
        latencies: Vec::new(),
        errors: 0,
        elapsed: MEASURE,
    };
    for task in tasks {
        let (latencies, errors) = task.await.unwrap();
        figures.latencies.extend(latencies);
        figures.errors += errors;
    }
    figures
}

fn item_secret() -> String {
    let mut bytes = [0u8; 24];
    getrandom::getrandom(&mut bytes).unwrap();
    URL_SAFE_NO_PAD.encode(bytes)
}

struct Server {
    child: Child,
    base: String,
}

impl Server {
    /// The real program with rate limits out of the way: all clients share one address here.
    fn start(binary: &str, data_dir: &std::path::Path, database_url: Option<&str>) -> Server {
        let mut command = Command::new(binary);
        if let Some(url) = database_url {
            command.args(["--database-url", url]);
        }
        let mut child = command
            .args(["--port", "0", "--data-dir"])
            .arg(data_dir)
            .arg("--dist-dir")
            .arg(data_dir.join("no-build"))
            .env("STC_RATE_LIMIT_BURST", "1000000000")
            .env("STC_RATE_LIMIT_PER_MINUTE", "1000000000")
            .env("STC_REGISTRATION_BURST", "1000")
            .env("RUST_LOG", "error")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .unwrap_or_else(|e| panic!("could not start {binary}: {e}"));
        let mut lines = BufReader::new(child.stdout.take().unwrap()).lines();
        let base = loop {
            let line = lines
                .next()
                .expect("the server printed its address")
                .unwrap();
            if let Some(rest) = line.strip_prefix("Start To Can is running at ") {
                break rest.trim_end_matches('/').to_string();
            }
        };
        std::thread::spawn(move || for _ in lines {});
        Server { child, base }
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}
