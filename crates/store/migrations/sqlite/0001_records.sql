-- Records, their append-only events, the search index, keys and incidents.
CREATE TABLE chain_heads (
    authority TEXT PRIMARY KEY NOT NULL,
    pos INTEGER NOT NULL,
    hash BLOB NOT NULL
);

CREATE TABLE records (
    authority TEXT NOT NULL,
    pos INTEGER NOT NULL,
    id TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    month TEXT NOT NULL,
    user_name TEXT NOT NULL,
    system TEXT NOT NULL,
    decision TEXT NOT NULL,
    rules TEXT NOT NULL,
    level INTEGER NOT NULL,
    categories TEXT NOT NULL,
    purpose TEXT,
    content BLOB,
    digest BLOB NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL,
    PRIMARY KEY (authority, pos)
);
CREATE UNIQUE INDEX records_id ON records (id);
CREATE INDEX records_time ON records (authority, created_at);
CREATE INDEX records_user ON records (authority, user_name, created_at);
CREATE INDEX records_month ON records (month);

CREATE TABLE events (
    authority TEXT NOT NULL,
    pos INTEGER NOT NULL,
    record_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    upstream_status INTEGER,
    info TEXT NOT NULL,
    content BLOB,
    digest BLOB NOT NULL,
    prev_hash BLOB NOT NULL,
    hash BLOB NOT NULL,
    PRIMARY KEY (authority, pos)
);
CREATE INDEX events_record ON events (record_id);

CREATE TABLE search_tokens (
    tok INTEGER NOT NULL,
    authority TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    pos INTEGER NOT NULL,
    PRIMARY KEY (tok, authority, created_at, pos)
) WITHOUT ROWID;

CREATE TABLE api_keys (
    key_hash BLOB PRIMARY KEY NOT NULL,
    user_name TEXT NOT NULL,
    authority TEXT NOT NULL,
    role TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    revoked_at INTEGER
);

CREATE TABLE incidents (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    created_at INTEGER NOT NULL,
    authority TEXT NOT NULL,
    severity TEXT NOT NULL,
    kind TEXT NOT NULL,
    record_id TEXT,
    user_name TEXT,
    system TEXT,
    rules TEXT NOT NULL,
    message TEXT NOT NULL
);
CREATE INDEX incidents_authority ON incidents (authority, created_at);
