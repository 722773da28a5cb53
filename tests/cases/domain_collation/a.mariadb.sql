-- skip: domains are PostgreSQL's
CREATE TABLE t (id INTEGER PRIMARY KEY);
