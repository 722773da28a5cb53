-- Every stored function and procedure of the given schemas with its body,
-- result type, characteristics and sql_mode (and the server's), the client
-- character set and connection collation it was created under (and the
-- database's defaults). The definer is ignored; the arguments come from
-- routine_parameters.sql (one more query for all routines).
SELECT routine_schema AS schema_name,
       routine_name AS name,
       routine_type AS kind,
       dtd_identifier AS returns,
       routine_body AS language,
       routine_definition AS definition,
       is_deterministic AS is_deterministic,
       sql_data_access AS sql_data_access,
       security_type AS security_type,
       routine_comment AS comment,
       sql_mode AS sql_mode,
       @@GLOBAL.sql_mode AS default_sql_mode,
       r.character_set_client AS character_set_client,
       r.collation_connection AS collation_connection,
       s.default_character_set_name AS default_charset,
       s.default_collation_name AS default_collation
FROM information_schema.routines r
LEFT JOIN information_schema.schemata s ON s.schema_name = r.routine_schema
WHERE routine_schema IN :schemas
ORDER BY routine_schema, routine_name
