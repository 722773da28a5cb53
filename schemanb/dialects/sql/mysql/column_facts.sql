-- Columns SQLAlchemy's parser of SHOW CREATE TABLE reads only loosely (MariaDB):
-- INVISIBLE ones, the ROW START/ROW END columns of a system-versioned table,
-- defaults drawing from a sequence (nextval(`db`.`seq`)) and string defaults with a
-- character set introducer (_utf8mb4'{}'), which the parser drops.
SELECT c.table_schema AS schema_name,
       c.table_name AS name,
       c.column_name AS column_name,
       c.extra AS extra,
       c.generation_expression AS generation_expression,
       c.column_default AS column_default
FROM information_schema.columns c
JOIN information_schema.tables t
  ON t.table_schema = c.table_schema AND t.table_name = c.table_name
WHERE c.table_schema IN :schemas
  AND t.table_type IN ('BASE TABLE', 'SYSTEM VERSIONED')
  AND (c.extra LIKE '%INVISIBLE%'
       OR c.generation_expression IN ('ROW START', 'ROW END')
       OR c.column_default LIKE 'nextval(%'
       OR c.column_default REGEXP '^_[A-Za-z0-9]+''')
ORDER BY c.table_schema, c.table_name, c.ordinal_position
