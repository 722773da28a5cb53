-- Every rewrite rule on the tables and views of the given schemas, in one
-- query: CREATE RULE ... AS ON INSERT TO t DO INSTEAD ... as the server
-- deparses it (pg_get_ruledef, pretty). A view's own _RETURN rule is the view
-- itself and left out, as are the rules of extension-owned relations.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       r.rulename AS name,
       pg_catalog.pg_get_ruledef(r.oid, true) AS definition,
       r.ev_enabled <> 'D' AS enabled
FROM pg_catalog.pg_rewrite AS r
JOIN pg_catalog.pg_class AS c ON c.oid = r.ev_class
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
WHERE r.rulename <> '_RETURN'
  AND n.nspname = ANY(:schemas)
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_depend AS d
      WHERE d.classid = 'pg_catalog.pg_class'::regclass
        AND d.objid = c.oid AND d.deptype = 'e'
  )
ORDER BY n.nspname, c.relname, r.rulename
