-- Explicit privileges on the tables, views, materialized views, sequences and
-- routines of the given schemas, and on those schemas themselves, in one query
-- (aclexplode of relacl/proacl/nspacl); on a schema, those beyond what initdb
-- granted (pg_init_privs), the default schema's too.
-- The owner's own privileges, PUBLIC's default EXECUTE on routines and objects
-- still at their default ACL (NULL) are left out, as are partitions (folded into
-- their parent) and extension members. Routines are named with their identity
-- arguments, as GRANT ... ON ROUTINE needs them.
SELECT n.nspname AS schema_name,
       c.relname AS object_name,
       NULL AS arguments,
       CASE WHEN c.relkind = 'S' THEN 'sequence' ELSE 'table' END AS object_kind,
       CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(a.grantee) END AS grantee,
       a.privilege_type AS privilege,
       a.is_grantable AS grantable
FROM pg_catalog.pg_class AS c
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
CROSS JOIN LATERAL pg_catalog.aclexplode(c.relacl) AS a
WHERE c.relacl IS NOT NULL
  AND c.relkind IN ('r', 'p', 'v', 'm', 'f', 'S')
  AND NOT c.relispartition
  AND a.grantee <> c.relowner
  AND n.nspname = ANY(:schemas)
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_depend AS d
      WHERE d.classid = 'pg_catalog.pg_class'::regclass
        AND d.objid = c.oid AND d.deptype = 'e'
  )
UNION ALL
SELECT n.nspname,
       p.proname,
       pg_catalog.pg_get_function_identity_arguments(p.oid),
       'routine',
       CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(a.grantee) END,
       a.privilege_type,
       a.is_grantable
FROM pg_catalog.pg_proc AS p
JOIN pg_catalog.pg_namespace AS n ON n.oid = p.pronamespace
CROSS JOIN LATERAL pg_catalog.aclexplode(p.proacl) AS a
WHERE p.proacl IS NOT NULL
  AND p.prokind IN ('f', 'p')
  AND a.grantee <> p.proowner
  AND NOT (a.grantee = 0 AND a.privilege_type = 'EXECUTE')
  AND n.nspname = ANY(:schemas)
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_depend AS d
      WHERE d.classid = 'pg_catalog.pg_proc'::regclass
        AND d.objid = p.oid AND d.deptype = 'e'
  )
UNION ALL
SELECT n.nspname,
       n.nspname,
       NULL,
       'schema',
       CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE pg_catalog.pg_get_userbyid(a.grantee) END,
       a.privilege_type,
       a.is_grantable
FROM pg_catalog.pg_namespace AS n
CROSS JOIN LATERAL pg_catalog.aclexplode(n.nspacl) AS a
WHERE n.nspacl IS NOT NULL
  AND a.grantee <> n.nspowner
  AND n.nspname = ANY(:schemas)
  -- what initdb granted (public's USAGE to PUBLIC) is left out, as pg_dump does
  AND NOT EXISTS (
      SELECT 1
      FROM pg_catalog.pg_init_privs AS i
      CROSS JOIN LATERAL pg_catalog.aclexplode(i.initprivs) AS ia
      WHERE i.classoid = 'pg_catalog.pg_namespace'::regclass AND i.objoid = n.oid AND i.objsubid = 0
        AND ia.grantee = a.grantee AND ia.privilege_type = a.privilege_type
        AND ia.is_grantable = a.is_grantable
  )
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_depend AS d
      WHERE d.classid = 'pg_catalog.pg_namespace'::regclass
        AND d.objid = n.oid AND d.deptype = 'e'
  )
ORDER BY 1, 2, 3, 5, 6
