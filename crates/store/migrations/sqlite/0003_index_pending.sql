-- Records begun but not yet completed: their free-text index entry is written once, at
-- completion (request and answer together). A record still here at start-up (the process
-- stopped before its completion) is indexed then from its sealed content.
CREATE TABLE index_pending (seq INTEGER PRIMARY KEY NOT NULL);
