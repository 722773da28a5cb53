-- The columns of every view of one schema (database), in one query, as DESCRIBE
-- shows them (name, type, NULL, key, default, extra), which the Inspector
-- otherwise reads with a SHOW CREATE TABLE and a DESCRIBE per view.
SELECT c.table_name AS view_name,
       c.column_name AS name,
       c.column_type AS type,
       c.is_nullable AS nullable,
       c.column_key AS column_key,
       c.column_default AS column_default,
       c.extra AS extra
FROM information_schema.columns AS c
JOIN information_schema.views AS v
  ON v.table_schema = c.table_schema AND v.table_name = c.table_name
WHERE c.table_schema = :schema
ORDER BY c.table_name, c.ordinal_position
