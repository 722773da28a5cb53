-- PRAGMA main.foreign_key_list of every table, in one query (dialects/sqlite/catalog.py, bulk_catalog):
-- the table's name, then the pragma's columns in its own order; a table with
-- no row gets one row of NULLs (LEFT JOIN), so that it is known to have none.
SELECT m.name AS owner, p.*
FROM sqlite_master AS m
LEFT JOIN pragma_foreign_key_list(m.name, 'main') AS p
WHERE m.type = 'table'
