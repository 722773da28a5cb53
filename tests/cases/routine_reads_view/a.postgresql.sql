CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT);
CREATE VIEW "Old Names" AS SELECT name FROM t;
CREATE VIEW old_upper AS SELECT upper(name) AS name FROM "Old Names";
CREATE FUNCTION count_old(t text) RETURNS bigint LANGUAGE sql AS $$ SELECT count(*) FROM old_upper $$;
