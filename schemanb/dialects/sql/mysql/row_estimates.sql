-- The storage engine's row estimate of every base table (exact for MyISAM,
-- approximate for InnoDB).
SELECT table_schema AS schema_name,
       table_name AS name,
       table_rows AS estimate,
       data_length + index_length AS size_bytes
FROM information_schema.tables
WHERE table_type = 'BASE TABLE'
  AND table_schema IN :schemas
