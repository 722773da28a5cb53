-- Every view of the given schemas (databases) with its definition, in one query.
SELECT table_schema AS schema_name,
       table_name AS name,
       view_definition AS definition
FROM information_schema.views
WHERE table_schema IN :schemas
ORDER BY table_schema, table_name
