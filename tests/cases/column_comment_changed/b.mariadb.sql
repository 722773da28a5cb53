CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER COMMENT 'it''s "quoted" & <b>bold</b>', b INTEGER);
