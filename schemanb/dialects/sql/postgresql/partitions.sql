-- Every partitioned table of the given schemas with its strategy (r/l/h), its
-- key definition (pg_get_partkeydef: "RANGE (created_at)") and its direct
-- partitions with their bounds, one row per partition (a partitioned table
-- without partitions gives one row with NULL child). Partitioned tables that are
-- themselves partitions (sub-partitioning) are listed too, with is_partition
-- true, so the caller can fold them.
SELECT pn.nspname AS schema_name,
       pc.relname AS table_name,
       pc.relispartition AS is_partition,
       pt.partstrat AS strategy,
       pg_catalog.pg_get_partkeydef(pc.oid) AS key_definition,
       cn.nspname AS child_schema,
       cc.relname AS child_name,
       pg_catalog.pg_get_expr(cc.relpartbound, cc.oid) AS bound
FROM pg_catalog.pg_partitioned_table AS pt
JOIN pg_catalog.pg_class AS pc ON pc.oid = pt.partrelid
JOIN pg_catalog.pg_namespace AS pn ON pn.oid = pc.relnamespace
LEFT JOIN pg_catalog.pg_inherits AS i ON i.inhparent = pc.oid
LEFT JOIN pg_catalog.pg_class AS cc ON cc.oid = i.inhrelid AND cc.relispartition
LEFT JOIN pg_catalog.pg_namespace AS cn ON cn.oid = cc.relnamespace
WHERE pn.nspname = ANY(:schemas)
ORDER BY pn.nspname, pc.relname, cn.nspname, cc.relname
