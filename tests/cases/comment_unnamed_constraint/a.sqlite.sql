-- skip: comments on constraints are PostgreSQL's
CREATE TABLE t (id INTEGER PRIMARY KEY);
