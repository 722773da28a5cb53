-- skip: identity sequence options are PostgreSQL's here
CREATE TABLE t (id INTEGER PRIMARY KEY);
