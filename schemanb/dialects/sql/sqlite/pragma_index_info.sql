-- PRAGMA main.index_info of every index (automatic ones included), in one
-- query (dialects/sqlite/catalog.py, bulk_catalog): the index's name, then the pragma's
-- columns in its own order.
SELECT m.name AS owner, p.*
FROM sqlite_master AS m
LEFT JOIN pragma_index_info(m.name, 'main') AS p
WHERE m.type = 'index'
