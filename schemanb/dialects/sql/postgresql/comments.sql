-- The comments (pg_description) on the objects beyond tables, columns and views
-- of the given schemas, in one query: types (enums, domains, composite types),
-- functions, procedures and aggregates (with their argument list, as routines.sql
-- reads it), sequences, indexes, table constraints and triggers. table_name is
-- the table of an index, constraint or trigger.
SELECT 'type' AS kind, n.nspname AS schema_name, t.typname AS name,
       NULL::name AS table_name, NULL::text AS arguments, d.description
FROM pg_catalog.pg_description AS d
JOIN pg_catalog.pg_type AS t ON d.classoid = 'pg_catalog.pg_type'::regclass AND d.objoid = t.oid
JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace
WHERE d.objsubid = 0 AND n.nspname = ANY(:schemas)
UNION ALL
SELECT 'routine', n.nspname, p.proname, NULL, pg_catalog.pg_get_function_arguments(p.oid),
       d.description
FROM pg_catalog.pg_description AS d
JOIN pg_catalog.pg_proc AS p ON d.classoid = 'pg_catalog.pg_proc'::regclass AND d.objoid = p.oid
JOIN pg_catalog.pg_namespace AS n ON n.oid = p.pronamespace
WHERE n.nspname = ANY(:schemas)
UNION ALL
SELECT CASE WHEN c.relkind = 'S' THEN 'sequence' ELSE 'index' END, n.nspname, c.relname,
       tbl.relname, NULL, d.description
FROM pg_catalog.pg_description AS d
JOIN pg_catalog.pg_class AS c ON d.classoid = 'pg_catalog.pg_class'::regclass AND d.objoid = c.oid
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_index AS i ON i.indexrelid = c.oid
LEFT JOIN pg_catalog.pg_class AS tbl ON tbl.oid = i.indrelid
WHERE d.objsubid = 0 AND c.relkind IN ('S', 'i', 'I') AND n.nspname = ANY(:schemas)
UNION ALL
SELECT 'constraint', n.nspname, con.conname, tbl.relname, NULL, d.description
FROM pg_catalog.pg_description AS d
JOIN pg_catalog.pg_constraint AS con
  ON d.classoid = 'pg_catalog.pg_constraint'::regclass AND d.objoid = con.oid
JOIN pg_catalog.pg_class AS tbl ON tbl.oid = con.conrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = tbl.relnamespace
WHERE n.nspname = ANY(:schemas)
UNION ALL
SELECT 'trigger', n.nspname, tg.tgname, tbl.relname, NULL, d.description
FROM pg_catalog.pg_description AS d
JOIN pg_catalog.pg_trigger AS tg ON d.classoid = 'pg_catalog.pg_trigger'::regclass AND d.objoid = tg.oid
JOIN pg_catalog.pg_class AS tbl ON tbl.oid = tg.tgrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = tbl.relnamespace
WHERE n.nspname = ANY(:schemas)
