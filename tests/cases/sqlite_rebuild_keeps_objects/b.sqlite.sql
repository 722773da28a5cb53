CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT, n REAL, flag INTEGER);
CREATE INDEX ix_t_lower ON t ((lower(name)));
CREATE INDEX ix_t_partial ON t (n DESC) WHERE flag = 1;
CREATE TABLE log (msg TEXT);
CREATE TRIGGER t_ins AFTER INSERT ON t BEGIN INSERT INTO log VALUES (new.name); END;
CREATE VIEW v_t AS SELECT id, upper(name) AS up FROM t WHERE flag = 1;
