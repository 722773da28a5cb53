-- Every user schema, as pg_dump sees them: all but the system ones (pg_catalog,
-- information_schema, pg_toast*, pg_temp*: every name starting with pg_) and
-- the schemas an extension created (members of it, dumped with the extension).
SELECT n.nspname AS name
FROM pg_catalog.pg_namespace AS n
WHERE n.nspname NOT LIKE 'pg\_%'
  AND n.nspname <> 'information_schema'
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_depend AS d
      WHERE d.classid = 'pg_catalog.pg_namespace'::regclass
        AND d.objid = n.oid AND d.deptype = 'e'
  )
ORDER BY n.nspname
