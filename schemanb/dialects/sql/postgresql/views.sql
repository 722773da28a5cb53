-- Every view and materialized view of the given schemas, with its definition
-- and comment, in one query (what pg_views/pg_matviews show, read from pg_class
-- so both kinds and their comments come in one pass). Views that belong to an
-- extension are left out.
SELECT n.nspname AS schema_name,
       c.relname AS name,
       pg_catalog.pg_get_viewdef(c.oid) AS definition,
       c.relkind = 'm' AS materialized,
       pg_catalog.obj_description(c.oid, 'pg_class') AS comment
FROM pg_catalog.pg_class AS c
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
WHERE c.relkind IN ('v', 'm')
  AND n.nspname = ANY(:schemas)
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_depend AS d
      WHERE d.classid = 'pg_catalog.pg_class'::regclass
        AND d.objid = c.oid AND d.deptype = 'e'
  )
ORDER BY n.nspname, c.relname
