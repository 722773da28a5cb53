-- Every function and procedure of the given schemas (not aggregates or window
-- functions, not members of an extension), in one query: the argument list with
-- names, modes and defaults, the result (NULL for procedures), the language, the
-- body and the attributes (LEAKPROOF, COST, ROWS and the SET clauses among them). Servers before PostgreSQL 14 (no SQL-standard
-- bodies, no prosqlbody); routines.sql is the query for 14 and later.
SELECT n.nspname AS schema_name,
       p.proname AS name,
       p.prokind AS kind,
       pg_catalog.pg_get_function_arguments(p.oid) AS arguments,
       CASE WHEN p.prokind = 'f' THEN pg_catalog.pg_get_function_result(p.oid) END AS returns,
       l.lanname AS language,
       p.prosrc AS source,
       NULL AS sql_body,
       p.provolatile AS volatility,
       p.prosecdef AS security_definer,
       p.proisstrict AS strict,
       p.proparallel AS parallel,
       p.proleakproof AS leakproof,
       p.procost AS cost,
       p.prorows AS result_rows,
       p.proretset AS returns_set,
       p.proconfig AS config
FROM pg_catalog.pg_proc AS p
JOIN pg_catalog.pg_namespace AS n ON n.oid = p.pronamespace
JOIN pg_catalog.pg_language AS l ON l.oid = p.prolang
WHERE p.prokind IN ('f', 'p')
  AND n.nspname = ANY(:schemas)
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_depend AS d
      WHERE d.classid = 'pg_catalog.pg_proc'::regclass
        AND d.objid = p.oid AND d.deptype = 'e'
  )
ORDER BY n.nspname, p.proname, pg_catalog.pg_get_function_arguments(p.oid)
