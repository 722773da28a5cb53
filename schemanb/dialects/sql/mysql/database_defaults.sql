-- A database's default character set and collation, and the server's default engine.
SELECT s.schema_name AS schema_name,
       @@default_storage_engine AS default_engine,
       s.default_character_set_name AS default_charset,
       s.default_collation_name AS default_collation
FROM information_schema.schemata s
WHERE s.schema_name IN :schemas
