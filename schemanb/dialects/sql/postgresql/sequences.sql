-- Sequences of the given schemas with every option, and the column that owns
-- one (OWNED BY, serial: deptype 'a'). A sequence that an identity column
-- ('i') or an extension ('e') owns is part of that object, not listed; one
-- behind a column written as SERIAL is removed later (fetch_objects), once the
-- columns are known.
SELECT n.nspname AS schema_name,
       c.relname AS name,
       pg_catalog.format_type(s.seqtypid, NULL) AS data_type,
       s.seqstart AS start_value,
       s.seqincrement AS increment,
       s.seqmin AS min_value,
       s.seqmax AS max_value,
       s.seqcache AS cache,
       s.seqcycle AS cycle,
       ot.relname AS owner_table,
       oa.attname AS owner_column
FROM pg_catalog.pg_sequence AS s
JOIN pg_catalog.pg_class AS c ON c.oid = s.seqrelid
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_depend AS od
  ON od.classid = 'pg_catalog.pg_class'::regclass AND od.objid = c.oid
 AND od.refclassid = 'pg_catalog.pg_class'::regclass AND od.deptype = 'a'
LEFT JOIN pg_catalog.pg_class AS ot ON ot.oid = od.refobjid
LEFT JOIN pg_catalog.pg_attribute AS oa ON oa.attrelid = od.refobjid AND oa.attnum = od.refobjsubid
WHERE n.nspname = ANY(:schemas)
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_depend AS d
      WHERE d.classid = 'pg_catalog.pg_class'::regclass
        AND d.objid = c.oid AND d.deptype IN ('i', 'e')
  )
ORDER BY n.nspname, c.relname
