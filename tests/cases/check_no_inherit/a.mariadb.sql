-- skip: NO INHERIT is PostgreSQL's (no table inheritance on MariaDB)
CREATE TABLE t (id INTEGER PRIMARY KEY);
