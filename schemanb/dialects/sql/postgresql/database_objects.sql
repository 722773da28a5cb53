-- Every object a user could own in the current database, outside the system
-- schemas: (kind, name, identity). The demo records the identities of what it
-- created and refuses a database holding anything else (sample/__init__.py).
SELECT 'schema' AS kind, n.nspname AS name, n.oid::text AS identity
FROM pg_namespace n
WHERE n.nspname NOT IN ('public', 'information_schema') AND n.nspname NOT LIKE 'pg\_%'
UNION ALL
SELECT CASE c.relkind
           WHEN 'r' THEN 'table' WHEN 'p' THEN 'table' WHEN 'v' THEN 'view'
           WHEN 'm' THEN 'materialized view' WHEN 'S' THEN 'sequence'
           WHEN 'i' THEN 'index' WHEN 'I' THEN 'index' WHEN 'f' THEN 'foreign table'
           WHEN 'c' THEN 'type' ELSE 'relation' END,
       CASE WHEN n.nspname = 'public' THEN c.relname ELSE n.nspname || '.' || c.relname END,
       c.oid::text
FROM pg_class c
JOIN pg_namespace n ON n.oid = c.relnamespace
WHERE n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'
UNION ALL
SELECT 'routine', p.oid::regprocedure::text, p.oid::text
FROM pg_proc p
JOIN pg_namespace n ON n.oid = p.pronamespace
WHERE n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'
UNION ALL
SELECT 'type', CASE WHEN n.nspname = 'public' THEN t.typname ELSE n.nspname || '.' || t.typname END,
       t.oid::text
FROM pg_type t
JOIN pg_namespace n ON n.oid = t.typnamespace
WHERE t.typtype IN ('e', 'd', 'r', 'm')
  AND n.nspname <> 'information_schema' AND n.nspname NOT LIKE 'pg\_%'
UNION ALL
SELECT 'extension', e.extname, e.oid::text
FROM pg_extension e
WHERE e.extname <> 'plpgsql'
