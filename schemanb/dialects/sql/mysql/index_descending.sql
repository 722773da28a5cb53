-- Descending index parts (`KEY (a DESC, b)`, kept by MariaDB 10.8+ and MySQL 8):
-- SQLAlchemy's parser of SHOW CREATE TABLE drops the DESC. COLLATION is 'D'
-- for a descending part, 'A' ascending, NULL where the index has no order.
-- Only the indexes with at least one descending part.
SELECT st.table_schema AS schema_name,
       st.table_name AS name,
       st.index_name AS index_name,
       st.seq_in_index AS seq,
       st.collation AS part_order
FROM information_schema.statistics AS st
WHERE st.table_schema IN :schemas
  AND EXISTS (SELECT 1 FROM information_schema.statistics AS d
              WHERE d.table_schema = st.table_schema
                AND d.table_name = st.table_name
                AND d.index_name = st.index_name
                AND d.collation = 'D')
ORDER BY st.table_schema, st.table_name, st.index_name, st.seq_in_index
