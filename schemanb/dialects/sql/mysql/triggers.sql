-- Every trigger of the given schemas (databases): when it fires, on what, and
-- the statement it runs (verbatim), the sql_mode it was created under and the
-- server's, the client character set and connection collation it was created
-- under (and the database's defaults). The definer is ignored.
SELECT trigger_schema AS schema_name,
       event_object_table AS table_name,
       trigger_name AS name,
       action_timing AS timing,
       event_manipulation AS event,
       action_orientation AS orientation,
       action_statement AS definition,
       sql_mode AS sql_mode,
       @@GLOBAL.sql_mode AS default_sql_mode,
       t.character_set_client AS character_set_client,
       t.collation_connection AS collation_connection,
       s.default_character_set_name AS default_charset,
       s.default_collation_name AS default_collation
FROM information_schema.triggers t
LEFT JOIN information_schema.schemata s ON s.schema_name = t.trigger_schema
WHERE trigger_schema IN :schemas
ORDER BY trigger_schema, event_object_table, trigger_name
