CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b INTEGER);
COMMENT ON COLUMN t.a IS 'it''s "quoted" & <b>bold</b>';
