-- Every trigger of the given schemas (databases): when it fires, on what, and
-- the statement it runs (verbatim), the sql_mode it was created under and the
-- server's. The definer is ignored.
SELECT trigger_schema AS schema_name,
       event_object_table AS table_name,
       trigger_name AS name,
       action_timing AS timing,
       event_manipulation AS event,
       action_orientation AS orientation,
       action_statement AS definition,
       sql_mode AS sql_mode,
       @@GLOBAL.sql_mode AS default_sql_mode
FROM information_schema.triggers
WHERE trigger_schema IN :schemas
ORDER BY trigger_schema, event_object_table, trigger_name
