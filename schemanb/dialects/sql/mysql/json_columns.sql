-- MariaDB stores JSON as LONGTEXT with a column-level CHECK (json_valid(col)),
-- named after the column: those columns are JSON columns.
SELECT constraint_schema AS schema_name,
       table_name AS name,
       constraint_name AS column_name
FROM information_schema.check_constraints
WHERE constraint_schema IN :schemas
  AND level = 'Column'
  AND check_clause = CONCAT('json_valid(`', REPLACE(constraint_name, '`', '``'), '`)')
