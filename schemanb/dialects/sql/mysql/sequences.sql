-- The sequences (MariaDB 10.3+: CREATE SEQUENCE) of the given schemas; their
-- options are read from each sequence itself. MySQL has none.
SELECT table_schema AS schema_name,
       table_name AS name
FROM information_schema.tables
WHERE table_schema IN :schemas
  AND table_type = 'SEQUENCE'
ORDER BY table_schema, table_name
