-- The free-text index becomes one row per record (part 0: request; part 1: request and answer
-- once answered) with an array of keyed word hashes under a GIN index, instead of one B-tree
-- row per word, which kept inserts slow.
DROP TABLE search_tokens;
CREATE TABLE record_words (
    authority TEXT NOT NULL,
    pos BIGINT NOT NULL,
    part SMALLINT NOT NULL,
    toks BIGINT[] NOT NULL,
    PRIMARY KEY (authority, pos, part)
);
CREATE INDEX record_words_toks ON record_words USING GIN (toks) WITH (fastupdate = on);
CREATE TABLE store_meta (
    key TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
);
-- The hashes can only be computed with the records key: the store rebuilds the index at start.
INSERT INTO store_meta (key, value) SELECT 'reindex', '1' WHERE EXISTS (SELECT 1 FROM records);
