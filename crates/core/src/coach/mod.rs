//! The coach's side, for the coach's own app at `/coach/`: the identity and what the device keeps
//! (`document`, `store`), the mailbox server's requests and answers (`api`), the shares opened
//! into a list (`caseload`), the use of the tool per island (`usage`), the QR code of the coach's
//! link (`qr`) and the passphrase-locked file that moves an identity to another device
//! (`identity_file`).

pub mod api;
pub mod caseload;
pub mod document;
pub mod identity_file;
pub mod qr;
pub mod store;
pub mod usage;
