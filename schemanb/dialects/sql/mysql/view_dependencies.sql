-- The stored text of every view of the given schemas, read for the names it
-- uses: MySQL and MariaDB write every table and view in a view body fully
-- qualified (`db`.`name`), and MariaDB has no VIEW_TABLE_USAGE.
SELECT table_schema AS schema_name,
       table_name AS name,
       view_definition AS definition
FROM information_schema.views
WHERE table_schema IN :schemas
ORDER BY table_schema, table_name
