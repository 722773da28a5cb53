-- skip: NO INHERIT is PostgreSQL's (no table inheritance on SQLite)
CREATE TABLE t (id INTEGER PRIMARY KEY);
