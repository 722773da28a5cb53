-- Every user aggregate of the given schemas (not members of an extension), in
-- one query: the argument list (ORDER BY for ordered-set aggregates), the
-- result, and what CREATE AGGREGATE needs: each support function as
-- [schema, name] (NULL where there is none), the state types as format_type
-- spells them, the initial conditions, the final-function flags, the sort
-- operator as [schema, name] and the parallel marking.
SELECT n.nspname AS schema_name,
       p.proname AS name,
       a.aggkind AS agg_kind,
       pg_catalog.pg_get_function_arguments(p.oid) AS arguments,
       pg_catalog.pg_get_function_result(p.oid) AS returns,
       (SELECT ARRAY[fn.nspname::text, f.proname::text] FROM pg_catalog.pg_proc AS f
        JOIN pg_catalog.pg_namespace AS fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggtransfn) AS sfunc,
       (SELECT ARRAY[fn.nspname::text, f.proname::text] FROM pg_catalog.pg_proc AS f
        JOIN pg_catalog.pg_namespace AS fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggfinalfn) AS finalfunc,
       (SELECT ARRAY[fn.nspname::text, f.proname::text] FROM pg_catalog.pg_proc AS f
        JOIN pg_catalog.pg_namespace AS fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggcombinefn) AS combinefunc,
       (SELECT ARRAY[fn.nspname::text, f.proname::text] FROM pg_catalog.pg_proc AS f
        JOIN pg_catalog.pg_namespace AS fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggserialfn) AS serialfunc,
       (SELECT ARRAY[fn.nspname::text, f.proname::text] FROM pg_catalog.pg_proc AS f
        JOIN pg_catalog.pg_namespace AS fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggdeserialfn) AS deserialfunc,
       (SELECT ARRAY[fn.nspname::text, f.proname::text] FROM pg_catalog.pg_proc AS f
        JOIN pg_catalog.pg_namespace AS fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggmtransfn) AS msfunc,
       (SELECT ARRAY[fn.nspname::text, f.proname::text] FROM pg_catalog.pg_proc AS f
        JOIN pg_catalog.pg_namespace AS fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggminvtransfn) AS minvfunc,
       (SELECT ARRAY[fn.nspname::text, f.proname::text] FROM pg_catalog.pg_proc AS f
        JOIN pg_catalog.pg_namespace AS fn ON fn.oid = f.pronamespace WHERE f.oid = a.aggmfinalfn) AS mfinalfunc,
       pg_catalog.format_type(a.aggtranstype, NULL) AS stype,
       a.aggtransspace AS sspace,
       CASE WHEN a.aggmtranstype <> 0 THEN pg_catalog.format_type(a.aggmtranstype, NULL) END AS mstype,
       a.aggmtransspace AS msspace,
       a.agginitval AS initcond,
       a.aggminitval AS minitcond,
       a.aggfinalextra AS finalfunc_extra,
       a.aggmfinalextra AS mfinalfunc_extra,
       a.aggfinalmodify::text AS finalfunc_modify,
       a.aggmfinalmodify::text AS mfinalfunc_modify,
       (SELECT ARRAY[opn.nspname::text, op.oprname::text] FROM pg_catalog.pg_operator AS op
        JOIN pg_catalog.pg_namespace AS opn ON opn.oid = op.oprnamespace WHERE op.oid = a.aggsortop) AS sortop,
       p.proparallel AS parallel
FROM pg_catalog.pg_aggregate AS a
JOIN pg_catalog.pg_proc AS p ON p.oid = a.aggfnoid
JOIN pg_catalog.pg_namespace AS n ON n.oid = p.pronamespace
WHERE n.nspname = ANY(:schemas)
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_depend AS d
      WHERE d.classid = 'pg_catalog.pg_proc'::regclass
        AND d.objid = p.oid AND d.deptype = 'e'
  )
ORDER BY n.nspname, p.proname, pg_catalog.pg_get_function_arguments(p.oid)
