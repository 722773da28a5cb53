CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, code VARCHAR(20), note TEXT);
CREATE INDEX t_name ON t (name text_pattern_ops);
CREATE INDEX t_code ON t (code varchar_pattern_ops) WITH (fillfactor = 90);
CREATE INDEX t_note ON t (lower(note), id) WITH (deduplicate_items = off);
CREATE INDEX t_new ON t USING hash (note) WITH (fillfactor = 60);
CREATE MATERIALIZED VIEW mv AS SELECT id, name FROM t;
CREATE INDEX mv_name ON mv (name text_pattern_ops DESC) WITH (fillfactor = 80);
