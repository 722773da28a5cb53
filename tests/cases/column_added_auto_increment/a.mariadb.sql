CREATE TABLE t (name VARCHAR(20));
INSERT INTO t (name) VALUES ('x'), ('y');
CREATE TABLE u (id INTEGER NOT NULL, name VARCHAR(20));
INSERT INTO u (id, name) VALUES (1, 'kept');
