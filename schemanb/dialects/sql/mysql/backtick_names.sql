-- Names holding a backtick, as the catalog stores them: SQLAlchemy's parser of
-- SHOW CREATE TABLE gives columns, keys, indexes and constraints with the
-- backtick still doubled (`ix``a` comes back as ix``a).
SELECT table_schema AS schema_name, table_name AS name, column_name AS ident
FROM information_schema.columns
WHERE table_schema IN :schemas AND column_name LIKE '%`%'
UNION
SELECT table_schema, table_name, index_name
FROM information_schema.statistics
WHERE table_schema IN :schemas AND index_name LIKE '%`%'
UNION
SELECT constraint_schema, table_name, constraint_name
FROM information_schema.table_constraints
WHERE constraint_schema IN :schemas AND constraint_name LIKE '%`%'
