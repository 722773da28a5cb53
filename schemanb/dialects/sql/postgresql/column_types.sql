-- The declared type of the given columns, as PostgreSQL spells it, for the
-- columns whose type SQLAlchemy has no class for (xml, tsvector, ...). The three
-- arrays are zipped into (schema, table, column) keys.
SELECT k.schema_name, k.table_name, k.column_name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS type_sql
FROM unnest(CAST(:schemas AS text[]), CAST(:tables AS text[]), CAST(:columns AS text[]))
         AS k (schema_name, table_name, column_name)
JOIN pg_catalog.pg_namespace AS n ON n.nspname = k.schema_name
JOIN pg_catalog.pg_class AS c ON c.relnamespace = n.oid AND c.relname = k.table_name
JOIN pg_catalog.pg_attribute AS a ON a.attrelid = c.oid AND a.attname = k.column_name
WHERE a.attnum > 0 AND NOT a.attisdropped
