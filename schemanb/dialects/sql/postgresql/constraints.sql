-- Every primary key, foreign key, UNIQUE and CHECK constraint of the tables of
-- the given schemas, in one query: key columns as attribute numbers in
-- constraint order (named from the columns query's attnum, which is a third of
-- the cost of naming them here), the referred table and the ON UPDATE/ON
-- DELETE/DEFERRABLE settings of a foreign key, the definition of a CHECK. What
-- the Inspector's get_multi_pk_constraint/foreign_keys/unique_constraints/
-- check_constraints read in four queries (and parse from pg_get_constraintdef's text);
-- and whether the table declares it itself (conislocal) or only inherits it.
-- Clones of a partitioned table's constraints (conparentid) are left out.
SELECT n.nspname AS schema_name,
       t.relname AS table_name,
       k.conname AS name,
       k.contype::text AS type,
       k.conrelid AS table_oid,
       k.conkey AS column_numbers,
       rn.nspname AS referred_schema,
       rt.relname AS referred_table,
       k.confrelid AS referred_oid,
       k.confkey AS referred_numbers,
       k.confupdtype::text AS on_update,
       k.confdeltype::text AS on_delete,
       k.condeferrable AS deferrable,
       k.condeferred AS deferred,
       CASE WHEN k.contype = 'c' THEN pg_catalog.pg_get_constraintdef(k.oid, true) END AS definition,
       k.conislocal AS is_local
FROM pg_catalog.pg_constraint AS k
JOIN pg_catalog.pg_class AS t ON t.oid = k.conrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = t.relnamespace
LEFT JOIN pg_catalog.pg_class AS rt ON rt.oid = k.confrelid
LEFT JOIN pg_catalog.pg_namespace AS rn ON rn.oid = rt.relnamespace
WHERE n.nspname = ANY(:schemas)
  AND t.relkind IN ('r', 'p')
  AND t.relpersistence <> 't'
  AND k.contype IN ('p', 'f', 'u', 'c')
  -- The clones the server makes of a constraint on a partitioned table (on its
  -- partitions, and an FK's towards each partition of the table it refers to) come
  -- with the constraint they clone: not the table's own.
  AND k.conparentid = 0
ORDER BY n.nspname, t.relname, k.conname
