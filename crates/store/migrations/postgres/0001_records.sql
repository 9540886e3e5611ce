-- Records, their append-only events, the search index, keys and incidents.
CREATE TABLE chain_heads (
    authority TEXT PRIMARY KEY NOT NULL,
    pos BIGINT NOT NULL,
    hash BYTEA NOT NULL
);

CREATE TABLE records (
    authority TEXT NOT NULL,
    pos BIGINT NOT NULL,
    id TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    month TEXT NOT NULL,
    user_name TEXT NOT NULL,
    system TEXT NOT NULL,
    decision TEXT NOT NULL,
    rules TEXT NOT NULL,
    level BIGINT NOT NULL,
    categories TEXT NOT NULL,
    purpose TEXT,
    content BYTEA,
    digest BYTEA NOT NULL,
    prev_hash BYTEA NOT NULL,
    hash BYTEA NOT NULL,
    PRIMARY KEY (authority, pos)
);
CREATE UNIQUE INDEX records_id ON records (id);
CREATE INDEX records_time ON records (authority, created_at);
CREATE INDEX records_user ON records (authority, user_name, created_at);
CREATE INDEX records_month ON records (month);

CREATE TABLE events (
    authority TEXT NOT NULL,
    pos BIGINT NOT NULL,
    record_id TEXT NOT NULL,
    kind TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    upstream_status BIGINT,
    info TEXT NOT NULL,
    content BYTEA,
    digest BYTEA NOT NULL,
    prev_hash BYTEA NOT NULL,
    hash BYTEA NOT NULL,
    PRIMARY KEY (authority, pos)
);
CREATE INDEX events_record ON events (record_id);

CREATE TABLE search_tokens (
    tok BIGINT NOT NULL,
    authority TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    pos BIGINT NOT NULL,
    PRIMARY KEY (tok, authority, created_at, pos)
);

CREATE TABLE api_keys (
    key_hash BYTEA PRIMARY KEY NOT NULL,
    user_name TEXT NOT NULL,
    authority TEXT NOT NULL,
    role TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    revoked_at BIGINT
);

CREATE TABLE incidents (
    id BIGSERIAL PRIMARY KEY,
    created_at BIGINT NOT NULL,
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
