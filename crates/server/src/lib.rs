//! The Start To Can sync server: serves the built app and the sealed mailboxes, keeping its data
//! in an embedded SQLite database. It never sees an answer in the clear (see DESIGN.md §7).

pub mod configuration;
pub mod csp;
pub mod db;
pub mod error;
pub mod extract;
pub mod mailbox;
pub mod pg_cluster;
pub mod rate_limit;
pub mod routes;
pub mod security_headers;
pub mod startup;
pub mod static_files;
pub mod telemetry;
