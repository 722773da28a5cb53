-- Every view of the given schemas (databases) with its definition and what it is
-- created with (ALGORITHM, SQL SECURITY, WITH CHECK OPTION), in one query.
SELECT v.table_schema AS schema_name,
       v.table_name AS name,
       v.view_definition AS definition,
       v.security_type AS security_type,
       v.check_option AS check_option,
       v.algorithm AS algorithm
FROM information_schema.views v
WHERE v.table_schema IN :schemas
ORDER BY v.table_schema, v.table_name
