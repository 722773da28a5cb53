-- skip: operator classes and index storage parameters are PostgreSQL's
CREATE TABLE t (id INTEGER PRIMARY KEY);
