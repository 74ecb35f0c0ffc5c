-- The sealed mailbox on PostgreSQL: the same tables as the SQLite schema (src/db.rs). Times are
-- Unix seconds. Only ciphertext, hashes, codes, public keys, owners' display names and times:
-- nothing a youngster wrote, and no address.
CREATE TABLE mailboxes (
    id                BIGSERIAL PRIMARY KEY,
    code              TEXT NOT NULL UNIQUE,
    kind              TEXT NOT NULL CHECK (kind IN ('coach', 'youngster')),
    display_name      TEXT,
    public_key        BYTEA NOT NULL CHECK (length(public_key) = 32),
    owner_secret_hash BYTEA NOT NULL CHECK (length(owner_secret_hash) = 32),
    created_at        BIGINT NOT NULL,
    last_used_at      BIGINT NOT NULL
);
CREATE INDEX mailboxes_by_last_use ON mailboxes (kind, last_used_at);

CREATE TABLE items (
    mailbox_id  BIGINT NOT NULL REFERENCES mailboxes (id) ON DELETE CASCADE,
    item_id     TEXT NOT NULL,
    secret_hash BYTEA NOT NULL CHECK (length(secret_hash) = 32),
    ciphertext  BYTEA NOT NULL,
    updated_at  BIGINT NOT NULL,
    expires_at  BIGINT NOT NULL,
    PRIMARY KEY (mailbox_id, item_id)
);
CREATE INDEX items_by_expiry ON items (expires_at);

-- A deleted mailbox's code is never given out again: a sender who still has it must not reach a
-- stranger.
CREATE TABLE retired_codes (code TEXT PRIMARY KEY);

CREATE TABLE registration_tokens (
    token_hash BYTEA PRIMARY KEY CHECK (length(token_hash) = 32),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
