-- The shadow tables of the main database: the tables a virtual table's module
-- (FTS3/4/5, R*Tree) creates and drops along with it (SQLite >= 3.37).
SELECT name
FROM pragma_table_list
WHERE schema = 'main' AND type = 'shadow'
