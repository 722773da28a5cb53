-- MariaDB's column-level CHECK constraints (`qty INT CHECK (qty > 0)`): part of
-- the column's definition, named after the column; SQLAlchemy's parser of SHOW
-- CREATE TABLE skips them. The json_valid check of a JSON column is its type.
SELECT constraint_schema AS schema_name,
       table_name AS name,
       constraint_name AS column_name,
       check_clause AS check_clause
FROM information_schema.check_constraints
WHERE constraint_schema IN :schemas
  AND level = 'Column'
  AND check_clause <> CONCAT('json_valid(`', REPLACE(constraint_name, '`', '``'), '`)')
ORDER BY constraint_schema, table_name, constraint_name
