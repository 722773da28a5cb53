-- Each base table's ENGINE, default character set and collation, and the
-- options written in its CREATE TABLE (ROW_FORMAT=...), with the defaults of
-- its database and server they are measured against.
SELECT t.table_schema AS schema_name,
       t.table_name AS name,
       t.engine AS engine,
       t.table_collation AS collation_name,
       c.character_set_name AS charset,
       t.create_options AS create_options,
       t.table_type AS table_type,
       @@default_storage_engine AS default_engine,
       s.default_character_set_name AS default_charset,
       s.default_collation_name AS default_collation
FROM information_schema.tables t
JOIN information_schema.schemata s ON s.schema_name = t.table_schema
LEFT JOIN information_schema.collations c ON c.collation_name = t.table_collation
WHERE t.table_schema IN :schemas
  AND t.table_type IN ('BASE TABLE', 'SYSTEM VERSIONED')
