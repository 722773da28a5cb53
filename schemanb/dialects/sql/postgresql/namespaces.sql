-- The given schemas as objects: name and comment (the owner is left out, as
-- pg_dump --no-owner does). Schemas an extension created are left out.
SELECT n.nspname AS name,
       pg_catalog.obj_description(n.oid, 'pg_namespace') AS comment
FROM pg_catalog.pg_namespace AS n
WHERE n.nspname = ANY(:schemas)
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_depend AS d
      WHERE d.classid = 'pg_catalog.pg_namespace'::regclass
        AND d.objid = n.oid AND d.deptype = 'e'
  )
ORDER BY n.nspname
