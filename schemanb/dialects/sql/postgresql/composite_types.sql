-- Every standalone composite type (CREATE TYPE t AS (...)) of the given schemas,
-- in one query: its attributes' names and format_type spellings in order, and
-- whether each type is PostgreSQL's own (builtins, spelt like column types). The
-- row types of tables and views (relkind other than 'c') and extension-owned
-- types are left out.
SELECT n.nspname AS schema_name,
       t.typname AS name,
       ARRAY(
           SELECT a.attname FROM pg_catalog.pg_attribute AS a
           WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
           ORDER BY a.attnum
       ) AS attribute_names,
       ARRAY(
           SELECT pg_catalog.format_type(a.atttypid, a.atttypmod) FROM pg_catalog.pg_attribute AS a
           WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
           ORDER BY a.attnum
       ) AS attribute_types,
       ARRAY(
           SELECT at.typnamespace = 'pg_catalog'::regnamespace
           FROM pg_catalog.pg_attribute AS a
           JOIN pg_catalog.pg_type AS at ON at.oid = a.atttypid
           WHERE a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
           ORDER BY a.attnum
       ) AS attribute_builtin
FROM pg_catalog.pg_type AS t
JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_class AS c ON c.oid = t.typrelid
WHERE t.typtype = 'c'
  AND c.relkind = 'c'
  AND n.nspname = ANY(:schemas)
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_depend AS d
      WHERE d.classid = 'pg_catalog.pg_type'::regclass
        AND d.objid = t.oid AND d.deptype = 'e'
  )
ORDER BY n.nspname, t.typname
