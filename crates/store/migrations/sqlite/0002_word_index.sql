-- The free-text index becomes an FTS5 table: one document per record, keyed by the record's
-- new `seq` (an INTEGER PRIMARY KEY, so VACUUM keeps it), holding the record's keyed word
-- hashes as hex words. FTS5 writes compact segments instead of one B-tree row per word, which
-- kept inserts slow. From now on record times increase with `seq`, so the index yields records
-- newest first and a time range maps to a `seq` range (records_created finds its ends).
CREATE TABLE records_new (
    seq INTEGER PRIMARY KEY,
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
    hash BLOB NOT NULL
);
INSERT INTO records_new (seq, authority, pos, id, created_at, month, user_name, system,
    decision, rules, level, categories, purpose, content, digest, prev_hash, hash)
SELECT rowid, authority, pos, id, created_at, month, user_name, system, decision, rules, level,
    categories, purpose, content, digest, prev_hash, hash FROM records ORDER BY rowid;
DROP TABLE records;
ALTER TABLE records_new RENAME TO records;
CREATE UNIQUE INDEX records_pos ON records (authority, pos);
CREATE UNIQUE INDEX records_id ON records (id);
CREATE INDEX records_time ON records (authority, created_at);
CREATE INDEX records_user ON records (authority, user_name, created_at);
CREATE INDEX records_month ON records (month);
CREATE INDEX records_created ON records (created_at);

DROP TABLE search_tokens;
CREATE VIRTUAL TABLE record_words USING fts5(
    w, content = '', contentless_delete = 1, detail = none, tokenize = 'ascii'
);
CREATE TABLE store_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
-- The hashes can only be computed with the records key: the store rebuilds the index at start.
INSERT INTO store_meta (key, value) SELECT 'reindex', '1' WHERE EXISTS (SELECT 1 FROM records);
