CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER);
CREATE VIEW v ("x)", "it's", "(r""") AS SELECT id, a, a * 3 FROM t;
