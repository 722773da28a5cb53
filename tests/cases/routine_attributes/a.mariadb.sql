-- skip: LEAKPROOF, COST, ROWS and a routine's SET are PostgreSQL's
CREATE TABLE t (id INTEGER PRIMARY KEY);
