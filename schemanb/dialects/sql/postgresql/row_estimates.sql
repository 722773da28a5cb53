-- The planner's row estimate of every table (reltuples; -1 = never analysed).
SELECT n.nspname AS schema_name,
       c.relname AS name,
       c.reltuples::bigint AS estimate,
       pg_catalog.pg_total_relation_size(c.oid) AS size_bytes
FROM pg_catalog.pg_class AS c
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
WHERE c.relkind IN ('r', 'p')
  AND n.nspname = ANY(:schemas)
