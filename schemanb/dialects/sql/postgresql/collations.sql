-- Every collation created in the given schemas (not an extension's), in one
-- query. The ICU/builtin locale and the ICU rules moved between releases
-- (colliculocale in 15-16, colllocale from 17, collicurules from 16): read
-- through to_jsonb, so one text fits every server.
SELECT n.nspname AS schema_name,
       c.collname AS name,
       c.collprovider::text AS provider,
       c.collisdeterministic AS deterministic,
       c.collcollate AS lc_collate,
       c.collctype AS lc_ctype,
       COALESCE(to_jsonb(c) ->> 'colllocale', to_jsonb(c) ->> 'colliculocale') AS locale,
       to_jsonb(c) ->> 'collicurules' AS rules
FROM pg_catalog.pg_collation AS c
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.collnamespace
WHERE n.nspname = ANY(:schemas)
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_depend AS d
      WHERE d.classid = 'pg_catalog.pg_collation'::regclass
        AND d.objid = c.oid AND d.deptype = 'e'
  )
ORDER BY n.nspname, c.collname
