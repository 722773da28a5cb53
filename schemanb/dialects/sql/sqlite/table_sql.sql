-- The CREATE TABLE text of every table, in one query: column collations are
-- read from it (SQLite's Inspector and pragmas do not report them).
SELECT name AS table_name, sql
FROM sqlite_master
WHERE type = 'table' AND sql IS NOT NULL
