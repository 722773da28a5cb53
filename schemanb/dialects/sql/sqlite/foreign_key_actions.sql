-- ON DELETE / ON UPDATE of every foreign key, from the pragma table-valued
-- function (the Inspector misses them on column-level REFERENCES clauses).
SELECT m.name AS table_name,
       fk.id AS fk_id,
       fk.seq AS seq,
       fk."table" AS referred_table,
       fk."from" AS column_name,
       fk.on_update AS on_update,
       fk.on_delete AS on_delete
FROM sqlite_master AS m, pragma_foreign_key_list(m.name) AS fk
WHERE m.type = 'table'
ORDER BY m.name, fk.id, fk.seq
