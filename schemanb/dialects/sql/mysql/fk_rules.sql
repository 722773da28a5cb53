-- The ON DELETE / ON UPDATE rules of every foreign key, one row per column.
-- SQLAlchemy's parser of SHOW CREATE TABLE drops an explicit NO ACTION, which
-- MariaDB's SHOW CREATE TABLE (and mariadb-dump) keeps apart from the default.
SELECT rc.constraint_schema AS schema_name,
       rc.table_name AS name,
       rc.constraint_name AS constraint_name,
       rc.delete_rule AS delete_rule,
       rc.update_rule AS update_rule,
       k.column_name AS column_name,
       k.ordinal_position AS position
FROM information_schema.referential_constraints rc
JOIN information_schema.key_column_usage k
  ON k.constraint_schema = rc.constraint_schema
 AND k.table_name = rc.table_name
 AND k.constraint_name = rc.constraint_name
WHERE rc.constraint_schema IN :schemas
ORDER BY rc.constraint_schema, rc.table_name, rc.constraint_name, k.ordinal_position
