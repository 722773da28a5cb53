-- The partitions of every partitioned table of the given schemas, in order:
-- method, expression and each partition's description (the bound's values).
-- Subpartitions repeat their partition's row; the caller keeps one per partition.
SELECT table_schema AS schema_name,
       table_name AS name,
       partition_name AS partition_name,
       partition_ordinal_position AS position,
       partition_method AS method,
       partition_expression AS expression,
       partition_description AS description,
       subpartition_name AS subpartition_name
FROM information_schema.partitions
WHERE table_schema IN :schemas
  AND partition_name IS NOT NULL
ORDER BY table_schema, table_name, partition_ordinal_position, subpartition_ordinal_position
