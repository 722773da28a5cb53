-- Every explicitly created index of the main database with its CREATE INDEX
-- text (the Inspector skips indexes on expressions).
SELECT tbl_name AS table_name, name, sql
FROM sqlite_master
WHERE type = 'index' AND sql IS NOT NULL
ORDER BY tbl_name, name
