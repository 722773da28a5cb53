-- Every domain of the given schemas (not from an extension), in one query: the
-- base type as format_type spells it, its collation where it differs from the base type's,
-- NOT NULL, the default's text, and the
-- CHECK constraints (names and pg_get_constraintdef text, by name). builtin
-- says whether the base type is PostgreSQL's own (spelt like column types) or a
-- user type (spelt as format_type does, case kept).
SELECT n.nspname AS schema_name,
       t.typname AS name,
       pg_catalog.format_type(t.typbasetype, t.typtypmod) AS type_sql,
       b.typnamespace = 'pg_catalog'::regnamespace AS builtin,
       t.typnotnull AS not_null,
       t.typdefault AS "default",
       CASE WHEN t.typcollation <> 0 AND t.typcollation <> b.typcollation THEN (
           SELECT co.collname FROM pg_catalog.pg_collation AS co WHERE co.oid = t.typcollation
       ) END AS collation,
       ARRAY(
           SELECT k.conname FROM pg_catalog.pg_constraint AS k
           WHERE k.contypid = t.oid AND k.contype = 'c' ORDER BY k.conname
       ) AS check_names,
       ARRAY(
           SELECT pg_catalog.pg_get_constraintdef(k.oid, true) FROM pg_catalog.pg_constraint AS k
           WHERE k.contypid = t.oid AND k.contype = 'c' ORDER BY k.conname
       ) AS check_definitions
FROM pg_catalog.pg_type AS t
JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_type AS b ON b.oid = t.typbasetype
WHERE t.typtype = 'd'
  AND n.nspname = ANY(:schemas)
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_depend AS d
      WHERE d.classid = 'pg_catalog.pg_type'::regclass
        AND d.objid = t.oid AND d.deptype = 'e'
  )
ORDER BY n.nspname, t.typname
