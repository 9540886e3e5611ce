-- The search tokens are now keyed SipHash-2-4 (they were truncated HMAC-SHA-256): the entries
-- of the old tokens are dropped and the store rebuilds the index from the sealed content at
-- start (the tokens can only be computed with the records key).
DELETE FROM record_words;
INSERT INTO store_meta (key, value)
SELECT 'reindex', '2' WHERE EXISTS (SELECT 1 FROM records)
ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value;
