CREATE TABLE t (id INTEGER PRIMARY KEY, naive_name VARCHAR(40) NOT NULL, other INTEGER);
INSERT INTO t (id, naive_name, other) VALUES (1, 'kept', 7);
