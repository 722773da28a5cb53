CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE DOMAIN "Good Mood" AS mood DEFAULT 'happy' CONSTRAINT not_sad CHECK (VALUE <> 'sad');
CREATE TABLE t (id INTEGER PRIMARY KEY, m mood NOT NULL DEFAULT 'sad', past mood[], g "Good Mood");
CREATE INDEX t_m ON t (m);
CREATE VIEW happy_t AS SELECT id, m FROM t WHERE m <> 'sad';
CREATE VIEW happy_ids AS SELECT id FROM happy_t;
