-- Every trigger of the main database with its CREATE TRIGGER text, in one query.
SELECT name, tbl_name AS table_name, sql
FROM sqlite_master
WHERE type = 'trigger'
ORDER BY tbl_name, name
