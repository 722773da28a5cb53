-- What every view and materialized view of the given schemas reads, in one
-- query: the relations (tables, views, materialized views, foreign tables) its
-- rewrite rule depends on, and the column (NULL for a whole-relation dependency
-- such as count(*)) where the catalog records one; then the functions it calls
-- (ref_kind 'routine'; built-in functions are pinned and never recorded). A
-- view's dependency on itself (its own columns) is left out.
WITH rule_deps AS (
    SELECT vn.nspname AS view_schema, v.relname AS view_name, v.oid AS view_oid,
           d.refclassid, d.refobjid, d.refobjsubid
    FROM pg_catalog.pg_depend AS d
    JOIN pg_catalog.pg_rewrite AS w ON w.oid = d.objid
    JOIN pg_catalog.pg_class AS v ON v.oid = w.ev_class
    JOIN pg_catalog.pg_namespace AS vn ON vn.oid = v.relnamespace
    WHERE d.classid = 'pg_catalog.pg_rewrite'::regclass
      AND d.deptype = 'n'
      AND v.relkind IN ('v', 'm')
      AND vn.nspname = ANY(:schemas)
)
SELECT DISTINCT r.view_schema, r.view_name, 'relation' AS ref_kind,
       rn.nspname AS ref_schema, c.relname AS ref_name, a.attname AS ref_column
FROM rule_deps AS r
JOIN pg_catalog.pg_class AS c ON c.oid = r.refobjid
JOIN pg_catalog.pg_namespace AS rn ON rn.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_attribute AS a
  ON r.refobjsubid > 0 AND a.attrelid = c.oid AND a.attnum = r.refobjsubid
WHERE r.refclassid = 'pg_catalog.pg_class'::regclass
  AND c.oid <> r.view_oid
  AND c.relkind IN ('r', 'p', 'v', 'm', 'f')
UNION
SELECT r.view_schema, r.view_name, 'routine', pn.nspname, p.proname, NULL
FROM rule_deps AS r
JOIN pg_catalog.pg_proc AS p ON p.oid = r.refobjid
JOIN pg_catalog.pg_namespace AS pn ON pn.oid = p.pronamespace
WHERE r.refclassid = 'pg_catalog.pg_proc'::regclass
  AND pn.nspname NOT IN ('pg_catalog', 'information_schema')
ORDER BY 1, 2, 3, 4, 5, 6
