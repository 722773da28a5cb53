-- Every view of the given schemas (databases) with its definition and what it is
-- created with (ALGORITHM, SQL SECURITY, WITH CHECK OPTION), the client character
-- set and connection collation it was created under (and the database's
-- defaults), in one query.
SELECT v.table_schema AS schema_name,
       v.table_name AS name,
       v.view_definition AS definition,
       v.security_type AS security_type,
       v.check_option AS check_option,
       v.algorithm AS algorithm,
       v.character_set_client AS character_set_client,
       v.collation_connection AS collation_connection,
       s.default_character_set_name AS default_charset,
       s.default_collation_name AS default_collation
FROM information_schema.views v
LEFT JOIN information_schema.schemata s ON s.schema_name = v.table_schema
WHERE v.table_schema IN :schemas
ORDER BY v.table_schema, v.table_name
