-- Every row-level security policy on the tables of the given schemas, in one
-- query: permissive or restrictive, the command ('*' is ALL), the roles (0 is
-- PUBLIC), the USING and WITH CHECK expressions as the server deparses them,
-- and the comment.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       p.polname AS name,
       p.polpermissive AS permissive,
       p.polcmd::text AS command,
       ARRAY(
           SELECT CASE WHEN r.role = 0 THEN 'PUBLIC' ELSE a.rolname END
           FROM unnest(p.polroles) AS r (role)
           LEFT JOIN pg_catalog.pg_roles AS a ON a.oid = r.role
           ORDER BY 1
       ) AS roles,
       pg_catalog.pg_get_expr(p.polqual, p.polrelid) AS using_expr,
       pg_catalog.pg_get_expr(p.polwithcheck, p.polrelid) AS check_expr,
       pg_catalog.obj_description(p.oid, 'pg_policy') AS comment
FROM pg_catalog.pg_policy AS p
JOIN pg_catalog.pg_class AS c ON c.oid = p.polrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
WHERE n.nspname = ANY(:schemas)
ORDER BY n.nspname, c.relname, p.polname
