-- What the partitions of the given schemas inherit rather than own: constraints
-- cloned from their parent's (a key, an FK: conparentid; a CHECK: not local) and
-- indexes attached to a partitioned index of the parent (relispartition), by
-- table: the kind ('p', 'u', 'f', 'c'; 'i' for an index), the name, the key
-- columns (NULL for an index expression) and an FK's referred table (constraint names the server generated
-- are not in the snapshot, so keys are matched by what they are). The snapshot
-- keeps a partition's own ones only: the inherited come with CREATE TABLE ...
-- PARTITION OF (and ATTACH PARTITION) by themselves.
SELECT n.nspname AS schema_name,
       t.relname AS table_name,
       k.contype::text AS kind,
       k.conname AS name,
       ARRAY(
           SELECT a.attname
           FROM unnest(k.conkey) WITH ORDINALITY AS c(num, pos)
           JOIN pg_catalog.pg_attribute AS a ON a.attrelid = k.conrelid AND a.attnum = c.num
           ORDER BY c.pos
       ) AS columns,
       rn.nspname AS referred_schema,
       rt.relname AS referred_table
FROM pg_catalog.pg_constraint AS k
JOIN pg_catalog.pg_class AS t ON t.oid = k.conrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = t.relnamespace
LEFT JOIN pg_catalog.pg_class AS rt ON rt.oid = k.confrelid
LEFT JOIN pg_catalog.pg_namespace AS rn ON rn.oid = rt.relnamespace
WHERE n.nspname = ANY(:schemas)
  AND t.relispartition
  AND k.contype IN ('p', 'u', 'f', 'c')
  AND (k.conparentid <> 0 OR NOT k.conislocal)
UNION ALL
SELECT n.nspname, t.relname, 'i', i.relname,
       ARRAY(
           SELECT a.attname
           FROM generate_series(0, x.indnkeyatts - 1) AS s
           LEFT JOIN pg_catalog.pg_attribute AS a
             ON a.attrelid = x.indrelid AND a.attnum = x.indkey[s] AND x.indkey[s] <> 0
           ORDER BY s
       ),
       NULL, NULL
FROM pg_catalog.pg_index AS x
JOIN pg_catalog.pg_class AS i ON i.oid = x.indexrelid
JOIN pg_catalog.pg_class AS t ON t.oid = x.indrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = t.relnamespace
WHERE n.nspname = ANY(:schemas)
  AND t.relispartition
  AND i.relispartition
ORDER BY 1, 2, 3, 4
