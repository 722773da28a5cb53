-- The extensions installed in the database (database-wide, whatever schemas are
-- inspected), with the schema their objects live in and their version.
-- plpgsql, installed everywhere by default, is left out.
SELECT e.extname AS name,
       n.nspname AS schema_name,
       e.extversion AS version
FROM pg_catalog.pg_extension AS e
JOIN pg_catalog.pg_namespace AS n ON n.oid = e.extnamespace
WHERE e.extname <> 'plpgsql'
ORDER BY e.extname
