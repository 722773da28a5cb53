-- Every table (r, p) of the given schemas, one row each, with what belongs to
-- the table rather than to a column: its comment, its persistence (u:
-- UNLOGGED), its storage parameters and its TOAST table's (pg_class.reloptions,
-- as pg_dump reads them), the parents it INHERITS from in their order
-- (partitions left out: they are PARTITION OF), the planner's row estimate
-- (reltuples; -1 = never analysed) and the size on disk of the table with its
-- TOAST table and indexes. A table without columns is listed here too. Kept
-- apart from columns.sql so that these are read once per table, not repeated
-- on each of its columns' rows.
--
-- The size, like the row estimate beside it, is the catalog's as of the last
-- VACUUM or ANALYZE: the pages (relpages) of the table, its TOAST table and
-- every index of both. Only a table never analysed is measured
-- (pg_total_relation_size), which opens the table, its TOAST table and each
-- index and asks the file system: a tenth of a millisecond a table, half the
-- server's time on a 1,000-table schema when done for every one.
WITH index_pages AS MATERIALIZED (
    SELECT x.indrelid, sum(i.relpages)::bigint AS pages
    FROM pg_catalog.pg_index AS x
    JOIN pg_catalog.pg_class AS i ON i.oid = x.indexrelid
    GROUP BY x.indrelid
)
SELECT n.nspname AS schema_name,
       c.oid AS table_oid,
       c.relname AS table_name,
       td.description AS table_comment,
       c.relpersistence::text AS persistence,
       c.reloptions AS storage_options,
       tc.reloptions AS toast_options,
       inh.parent_schemas,
       inh.parent_names,
       c.reltuples::bigint AS estimate,
       CASE WHEN c.reltuples < 0 THEN pg_catalog.pg_total_relation_size(c.oid)
            ELSE (c.relpages::bigint + COALESCE(tc.relpages, 0) + COALESCE(ix.pages, 0)
                  + COALESCE(tx.pages, 0)) * pg_catalog.current_setting('block_size')::bigint
       END AS size_bytes
FROM pg_catalog.pg_class AS c
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_description AS td
  ON td.objoid = c.oid AND td.classoid = 'pg_catalog.pg_class'::regclass AND td.objsubid = 0
LEFT JOIN pg_catalog.pg_class AS tc ON tc.oid = c.reltoastrelid
LEFT JOIN (
    SELECT i.inhrelid,
           array_agg(pn.nspname::text ORDER BY i.inhseqno) AS parent_schemas,
           array_agg(p.relname::text ORDER BY i.inhseqno) AS parent_names
    FROM pg_catalog.pg_inherits AS i
    JOIN pg_catalog.pg_class AS ch ON ch.oid = i.inhrelid AND NOT ch.relispartition
    JOIN pg_catalog.pg_class AS p ON p.oid = i.inhparent
    JOIN pg_catalog.pg_namespace AS pn ON pn.oid = p.relnamespace
    GROUP BY i.inhrelid
) AS inh ON inh.inhrelid = c.oid
LEFT JOIN index_pages AS ix ON ix.indrelid = c.oid
LEFT JOIN index_pages AS tx ON tx.indrelid = c.reltoastrelid
WHERE n.nspname = ANY(:schemas)
  AND c.relkind IN ('r', 'p')
  AND c.relpersistence <> 't'
