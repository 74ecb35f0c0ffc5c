//! A throw-away PostgreSQL cluster for the tests and the bench: `initdb` into a fresh folder in
//! the system's temporary directory, `postgres` on a free port on 127.0.0.1 only (no Unix
//! socket), trust authentication for the user `postgres`. When run as root it runs as the
//! system user `postgres` (PostgreSQL refuses root). It is stopped when dropped, and it also
//! stops if this process dies first (the parent-death signal), so a failing test leaves no
//! server behind; folders of earlier runs whose process is gone are removed at the next start.
//!
//! It needs PostgreSQL's programs: `initdb` and `postgres` (on the PATH, or in
//! `/usr/lib/postgresql/<version>/bin`), and `pg_dump` for [`Cluster::dump`].

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Mutex;
use std::time::{Duration, Instant};

const DIR_PREFIX: &str = "stc-pg-";

pub struct Cluster {
    port: u16,
    root: PathBuf,
    runs_as: Option<(u32, u32)>,
    durable: bool,
    postmaster: Mutex<Option<Child>>,
}

impl Cluster {
    /// A new cluster, started. `durable: false` turns off `fsync` (quick, for tests);
    /// `true` keeps PostgreSQL's defaults (for the bench, next to SQLite's full sync).
    pub fn start(durable: bool) -> Cluster {
        remove_folders_of_dead_runs();
        let runs_as = postgres_user_when_root();
        let root = std::env::temp_dir().join(format!(
            "{DIR_PREFIX}{}-{}",
            std::process::id(),
            unique_number()
        ));
        std::fs::create_dir_all(&root).expect("create the cluster's folder");
        if let Some((uid, gid)) = runs_as {
            std::os::unix::fs::chown(&root, Some(uid), Some(gid)).expect("chown the folder");
        }
        let mut initdb = Command::new(program("initdb"));
        initdb
            .arg("-D")
            .arg(root.join("data"))
            .args([
                "-U",
                "postgres",
                "--auth=trust",
                "--encoding=UTF8",
                "--no-locale",
                "--no-sync",
            ])
            .stdout(Stdio::null())
            .stderr(Stdio::piped());
        as_user(&mut initdb, runs_as);
        let output = initdb.output().expect("run initdb");
        assert!(
            output.status.success(),
            "initdb failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        let cluster = Cluster {
            port: free_port(),
            root,
            runs_as,
            durable,
            postmaster: Mutex::new(None),
        };
        cluster.resume();
        cluster
    }

    pub fn port(&self) -> u16 {
        self.port
    }

    /// The URL of `database` in this cluster.
    pub fn url(&self, database: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{database}", self.port)
    }

    /// Starts the server again on the same data and port after [`Cluster::stop`], and waits
    /// until it takes connections.
    pub fn resume(&self) {
        let mut postmaster = self.postmaster.lock().unwrap_or_else(|p| p.into_inner());
        assert!(postmaster.is_none(), "the cluster is running already");
        let mut command = Command::new(program("postgres"));
        command
            .arg("-D")
            .arg(self.root.join("data"))
            .args(["-p", &self.port.to_string()])
            .args(["-c", "listen_addresses=127.0.0.1"])
            .args(["-c", "unix_socket_directories="])
            .args(["-c", "max_connections=300"])
            .stdout(Stdio::null())
            .stderr(Stdio::from(
                std::fs::OpenOptions::new()
                    .create(true)
                    .append(true)
                    .open(self.root.join("postgres.log"))
                    .expect("open the cluster's log"),
            ));
        if !self.durable {
            command.args(["-c", "fsync=off", "-c", "synchronous_commit=off"]);
        }
        as_user(&mut command, self.runs_as);
        // SAFETY: prctl is async-signal-safe; it runs in the child between fork and exec,
        // after the user change (which would clear the setting).
        unsafe {
            std::os::unix::process::CommandExt::pre_exec(&mut command, || {
                libc::prctl(libc::PR_SET_PDEATHSIG, libc::SIGQUIT);
                Ok(())
            });
        }
        let child = command.spawn().expect("start postgres");
        *postmaster = Some(child);
        drop(postmaster);
        self.wait_until_ready();
    }

    /// Stops the server (fast shutdown: connections are closed) and waits until it is gone.
    pub fn stop(&self) {
        let child = self
            .postmaster
            .lock()
            .unwrap_or_else(|p| p.into_inner())
            .take();
        if let Some(mut child) = child {
            // SAFETY: sends a signal to our own child process.
            unsafe {
                libc::kill(child.id() as i32, libc::SIGINT);
            }
            let _ = child.wait();
        }
    }

    fn wait_until_ready(&self) {
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            let ready = Command::new("pg_isready")
                .args(["-q", "-h", "127.0.0.1", "-p", &self.port.to_string()])
                .status()
                .map(|status| status.success())
                .unwrap_or(false);
            if ready {
                return;
            }
            assert!(
                Instant::now() < deadline,
                "postgres did not start; its log: {}",
                std::fs::read_to_string(self.root.join("postgres.log")).unwrap_or_default()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Creates a new empty database and returns its URL.
    pub async fn create_database(&self) -> String {
        let name = format!("stc_{}_{}", std::process::id(), unique_number());
        let (client, connection) =
            tokio_postgres::connect(&self.url("postgres"), tokio_postgres::NoTls)
                .await
                .expect("connect to the cluster");
        let task = tokio::spawn(connection);
        client
            .batch_execute(&format!("CREATE DATABASE {name}"))
            .await
            .expect("create a database");
        drop(client);
        let _ = task.await;
        self.url(&name)
    }

    /// Everything `database` holds, as `pg_dump` writes it (plain SQL).
    pub fn dump(&self, url: &str) -> Vec<u8> {
        let output = Command::new("pg_dump")
            .arg(url)
            .output()
            .expect("run pg_dump");
        assert!(
            output.status.success(),
            "pg_dump failed: {}",
            String::from_utf8_lossy(&output.stderr)
        );
        output.stdout
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        self.stop();
        let _ = std::fs::remove_dir_all(&self.root);
    }
}

/// One cluster for a whole test program, started on first use and stopped when the program
/// ends (each test makes its own database in it). It is started from a thread that lives as
/// long as the program, because the parent-death signal follows the thread that started it.
pub fn shared() -> &'static Cluster {
    static SHARED: std::sync::OnceLock<Cluster> = std::sync::OnceLock::new();
    SHARED.get_or_init(|| {
        let (sender, receiver) = std::sync::mpsc::channel();
        std::thread::Builder::new()
            .name("stc-pg-cluster".into())
            .spawn(move || {
                sender.send(Cluster::start(false)).unwrap();
                loop {
                    std::thread::park();
                }
            })
            .expect("start the cluster's thread");
        receiver.recv().expect("the cluster started")
    })
}

fn program(name: &str) -> PathBuf {
    let on_path = std::env::var_os("PATH")
        .into_iter()
        .flat_map(|paths| std::env::split_paths(&paths).collect::<Vec<_>>())
        .map(|dir| dir.join(name))
        .find(|path| path.is_file());
    on_path
        .or_else(|| {
            let mut versions: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
                .ok()?
                .filter_map(|entry| Some(entry.ok()?.path().join("bin").join(name)))
                .filter(|path| path.is_file())
                .collect();
            versions.sort();
            versions.pop()
        })
        .unwrap_or_else(|| {
            panic!("PostgreSQL's `{name}` was not found: `cargo xtask setup` installs it")
        })
}

/// The `postgres` system user's ids when this process runs as root, else `None`.
fn postgres_user_when_root() -> Option<(u32, u32)> {
    // SAFETY: geteuid has no preconditions.
    if unsafe { libc::geteuid() } != 0 {
        return None;
    }
    // SAFETY: getpwnam returns a pointer into static storage or null; read at once.
    let entry = unsafe { libc::getpwnam(c"postgres".as_ptr()) };
    assert!(
        !entry.is_null(),
        "running as root, PostgreSQL needs the system user `postgres` (Debian's postgresql package makes it)"
    );
    // SAFETY: not null, checked above.
    let entry = unsafe { &*entry };
    Some((entry.pw_uid, entry.pw_gid))
}

fn as_user(command: &mut Command, runs_as: Option<(u32, u32)>) {
    if let Some((uid, gid)) = runs_as {
        use std::os::unix::process::CommandExt;
        command.uid(uid).gid(gid);
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .expect("a free port")
}

fn unique_number() -> u64 {
    static NEXT: std::sync::atomic::AtomicU64 = std::sync::atomic::AtomicU64::new(0);
    NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed)
}

/// Folders `stc-pg-<pid>-<n>` whose process no longer runs (a test program killed hard).
fn remove_folders_of_dead_runs() {
    let Ok(entries) = std::fs::read_dir(std::env::temp_dir()) else {
        return;
    };
    for entry in entries.flatten() {
        let name = entry.file_name();
        let Some(pid) = name
            .to_str()
            .and_then(|name| name.strip_prefix(DIR_PREFIX))
            .and_then(|rest| rest.split('-').next())
            .and_then(|pid| pid.parse::<u32>().ok())
        else {
            continue;
        };
        if !Path::new(&format!("/proc/{pid}")).exists() {
            let _ = std::fs::remove_dir_all(entry.path());
        }
    }
}
