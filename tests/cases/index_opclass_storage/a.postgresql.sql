CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, code VARCHAR(20), note TEXT);
CREATE INDEX t_name ON t (name);
CREATE INDEX t_code ON t (code varchar_pattern_ops) WITH (fillfactor = 70);
CREATE INDEX t_note ON t (lower(note) text_pattern_ops, id);
INSERT INTO t VALUES (1, 'a', 'b', 'c');
