-- Table-level privileges on the tables and views of the given schemas
-- (grantee as the server writes it: 'user'@'host'; roles have an empty host).
-- USAGE means "no privilege" (what a REVOKE leaves when the grant option stays).
SELECT grantee AS grantee,
       table_schema AS schema_name,
       table_name AS object_name,
       privilege_type AS privilege,
       is_grantable AS grantable
FROM information_schema.table_privileges
WHERE table_schema IN :schemas
  AND privilege_type <> 'USAGE'
ORDER BY table_schema, table_name, grantee, privilege_type
