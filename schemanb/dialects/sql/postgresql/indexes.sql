-- Every index of the relations of the given schemas and kinds (tables 'r', 'p';
-- materialized views 'm') except primary keys, in the
-- shape of the Inspector's get_multi_indexes, in one query: the key parts (a
-- column name, or NULL and the expression's text; only expressions are
-- deparsed), INCLUDE columns after
-- key_count, which key parts descend (indoption bit 0), each key part's operator class where it is not
-- its type's default (schema-qualified outside pg_catalog), the storage parameters, the access method,
-- the partial-index predicate, and the UNIQUE
-- constraint the index backs (if any), and whether the relation is clustered on it. Read here rather than through the
-- Inspector because its result processing was the largest part of reflecting
-- a large schema.
SELECT n.nspname AS schema_name,
       t.relname AS table_name,
       i.relname AS name,
       x.indisunique AS is_unique,
       am.amname AS method,
       pg_catalog.pg_get_expr(x.indpred, x.indrelid) AS predicate,
       x.indnkeyatts AS key_count,
       ARRAY(
           SELECT a.attname
           FROM generate_series(0, x.indnatts - 1) AS s
           LEFT JOIN pg_catalog.pg_attribute AS a
             ON a.attrelid = x.indrelid AND a.attnum = x.indkey[s] AND x.indkey[s] <> 0
           ORDER BY s
       ) AS column_names,
       ARRAY(
           SELECT CASE WHEN x.indkey[s] = 0
                       THEN pg_catalog.pg_get_indexdef(x.indexrelid, s + 1, true) END
           FROM generate_series(0, x.indnatts - 1) AS s
           ORDER BY s
       ) AS parts,
       ARRAY(
           SELECT (x.indoption[s] & 1) = 1
           FROM generate_series(0, x.indnkeyatts - 1) AS s
           ORDER BY s
       ) AS descending,
       ARRAY(
           SELECT CASE WHEN oc.opcdefault THEN NULL
                       WHEN ocn.nspname = 'pg_catalog' THEN oc.opcname
                       ELSE ocn.nspname || '.' || oc.opcname END
           FROM generate_series(0, x.indnkeyatts - 1) AS s
           LEFT JOIN pg_catalog.pg_opclass AS oc ON oc.oid = x.indclass[s]
           LEFT JOIN pg_catalog.pg_namespace AS ocn ON ocn.oid = oc.opcnamespace
           ORDER BY s
       ) AS opclasses,
       i.reloptions AS storage,
       k.conname AS constraint_name,
       x.indisclustered AS is_clustered
FROM pg_catalog.pg_index AS x
JOIN pg_catalog.pg_class AS i ON i.oid = x.indexrelid
JOIN pg_catalog.pg_class AS t ON t.oid = x.indrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = t.relnamespace
JOIN pg_catalog.pg_am AS am ON am.oid = i.relam
LEFT JOIN pg_catalog.pg_constraint AS k
  ON k.conindid = x.indexrelid AND k.conrelid = x.indrelid AND k.contype IN ('p', 'u', 'x')
WHERE n.nspname = ANY(:schemas)
  AND t.relkind = ANY(:relkinds)
  AND NOT x.indisprimary
ORDER BY n.nspname, t.relname, i.relname
