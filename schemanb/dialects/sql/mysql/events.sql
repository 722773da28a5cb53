-- Every event of the given schemas (databases): its body, status and the
-- sql_mode it was created under and the server's, the client character set and
-- connection collation it was created under (and the database's defaults). The schedule is read from
-- SHOW CREATE EVENT, as the server writes it. The definer is ignored.
SELECT event_schema AS schema_name,
       event_name AS name,
       event_definition AS definition,
       event_comment AS comment,
       sql_mode AS sql_mode,
       @@GLOBAL.sql_mode AS default_sql_mode,
       e.character_set_client AS character_set_client,
       e.collation_connection AS collation_connection,
       s.default_character_set_name AS default_charset,
       s.default_collation_name AS default_collation
FROM information_schema.events e
LEFT JOIN information_schema.schemata s ON s.schema_name = e.event_schema
WHERE event_schema IN :schemas
ORDER BY event_schema, event_name
