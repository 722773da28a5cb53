CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER, b VARCHAR(20), c INTEGER);
CREATE INDEX ix_t_a ON t (a, b);
CREATE INDEX ix_t_c ON t (c DESC, id);
INSERT INTO t (id, a, b, c) VALUES (1, 2, 'x', 3);
