-- Functional index parts (`KEY ix ((lower(name)))`, MySQL 8.0.13+ only):
-- SQLAlchemy's parser of SHOW CREATE TABLE reads the column names inside the
-- expression as plain parts. information_schema.statistics has the expression
-- (EXPRESSION, COLUMN_NAME NULL); MariaDB has no such column, so this runs on
-- MySQL only. Only the indexes with at least one expression part.
SELECT st.table_schema AS schema_name,
       st.table_name AS name,
       st.index_name AS index_name,
       st.seq_in_index AS seq,
       st.column_name AS column_name,
       st.expression AS expression,
       st.collation AS part_order,
       st.non_unique AS non_unique
FROM information_schema.statistics AS st
WHERE st.table_schema IN :schemas
  AND EXISTS (SELECT 1 FROM information_schema.statistics AS e
              WHERE e.table_schema = st.table_schema
                AND e.table_name = st.table_name
                AND e.index_name = st.index_name
                AND e.expression IS NOT NULL)
ORDER BY st.table_schema, st.table_name, st.index_name, st.seq_in_index
