-- The declared type of the given columns, as the server spells it, for the columns
-- whose type SQLAlchemy has no class for (MariaDB's POINT, GEOMETRY, ...): every
-- column of the named tables, the caller keeps the ones it asked for.
SELECT table_schema AS schema_name, table_name, column_name, column_type AS type_sql
FROM information_schema.columns
WHERE table_schema IN :schemas
  AND table_name IN :tables
