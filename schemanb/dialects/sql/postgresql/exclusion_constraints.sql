-- Every exclusion constraint (contype 'x') of the tables of the given schemas,
-- in one query, with its definition as the server deparses it. The clones on
-- the partitions of a partitioned table (conparentid) are left out.
SELECT n.nspname AS schema_name,
       t.relname AS table_name,
       k.conname AS name,
       pg_catalog.pg_get_constraintdef(k.oid, true) AS definition
FROM pg_catalog.pg_constraint AS k
JOIN pg_catalog.pg_class AS t ON t.oid = k.conrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = t.relnamespace
WHERE n.nspname = ANY(:schemas)
  AND k.contype = 'x'
  AND t.relkind IN ('r', 'p')
  AND k.conparentid = 0
ORDER BY n.nspname, t.relname, k.conname
