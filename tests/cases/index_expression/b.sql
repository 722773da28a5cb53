CREATE TABLE t (id INTEGER PRIMARY KEY, email VARCHAR(100));
CREATE INDEX ix_t_lower ON t ((lower(email)));
