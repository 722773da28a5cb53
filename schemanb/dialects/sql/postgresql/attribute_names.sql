-- The column names of the given relations by attribute number: the tables a
-- foreign key refers to outside the schemas being read (the columns query
-- names the others).
SELECT a.attrelid AS table_oid, a.attnum AS number, a.attname AS name
FROM pg_catalog.pg_attribute AS a
WHERE a.attrelid = ANY(:oids) AND a.attnum > 0 AND NOT a.attisdropped
