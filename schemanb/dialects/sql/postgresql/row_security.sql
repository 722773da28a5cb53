-- The tables of the given schemas with row-level security enabled or forced
-- (ALTER TABLE ... ENABLE / FORCE ROW LEVEL SECURITY), in one query.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       c.relrowsecurity AS enabled,
       c.relforcerowsecurity AS forced
FROM pg_catalog.pg_class AS c
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
WHERE n.nspname = ANY(:schemas)
  AND c.relkind IN ('r', 'p')
  AND (c.relrowsecurity OR c.relforcerowsecurity)
ORDER BY n.nspname, c.relname
