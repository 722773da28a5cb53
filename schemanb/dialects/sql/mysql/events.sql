-- Every event of the given schemas (databases): its body, status and the
-- sql_mode it was created under and the server's. The schedule is read from
-- SHOW CREATE EVENT, as the server writes it. The definer is ignored.
SELECT event_schema AS schema_name,
       event_name AS name,
       event_definition AS definition,
       event_comment AS comment,
       sql_mode AS sql_mode,
       @@GLOBAL.sql_mode AS default_sql_mode
FROM information_schema.events
WHERE event_schema IN :schemas
ORDER BY event_schema, event_name
