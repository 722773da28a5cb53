-- The index each table is clustered on (ALTER TABLE ... CLUSTER ON, pg_dump
-- writes it), for the tables of the given schemas.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       i.relname AS index_name
FROM pg_catalog.pg_index AS x
JOIN pg_catalog.pg_class AS c ON c.oid = x.indrelid
JOIN pg_catalog.pg_class AS i ON i.oid = x.indexrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
WHERE x.indisclustered
  AND c.relkind IN ('r', 'p')
  AND n.nspname = ANY(:schemas)
