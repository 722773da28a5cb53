-- Every user trigger on the tables and views of the given schemas, in one query.
-- Servers before PostgreSQL 13, where the clones of a partitioned table's trigger
-- on its partitions are internal (no tgparentid); triggers.sql is the query for
-- 13 and later. Internal triggers and those of extension-owned relations are
-- left out. tgtype bits: 1 ROW,
-- 2 BEFORE, 4 INSERT, 8 DELETE, 16 UPDATE, 32 TRUNCATE, 64 INSTEAD OF.
-- tgargs is the NUL-separated argument list (bytea); definition is the full
-- CREATE TRIGGER text, from which only the WHEN condition is read.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       t.tgname AS name,
       t.tgtype AS type_bits,
       ARRAY(
           SELECT a.attname
           FROM unnest(t.tgattr) WITH ORDINALITY AS k (attnum, position)
           JOIN pg_catalog.pg_attribute AS a ON a.attrelid = t.tgrelid AND a.attnum = k.attnum
           ORDER BY k.position
       ) AS update_columns,
       t.tgnargs AS nargs,
       t.tgargs AS args,
       t.tgqual IS NOT NULL AS has_condition,
       pg_catalog.pg_get_triggerdef(t.oid, true) AS definition,
       fn.nspname AS function_schema,
       f.proname AS function_name,
       t.tgenabled <> 'D' AS enabled
FROM pg_catalog.pg_trigger AS t
JOIN pg_catalog.pg_class AS c ON c.oid = t.tgrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_proc AS f ON f.oid = t.tgfoid
JOIN pg_catalog.pg_namespace AS fn ON fn.oid = f.pronamespace
WHERE NOT t.tgisinternal
  AND n.nspname = ANY(:schemas)
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_depend AS d
      WHERE d.classid = 'pg_catalog.pg_class'::regclass
        AND d.objid = c.oid AND d.deptype = 'e'
  )
ORDER BY n.nspname, c.relname, t.tgname
