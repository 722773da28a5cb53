-- Which kinds of object the given schemas hold at all, one flag a kind, so that
-- the query of a kind they lack is never sent: most databases have no
-- policies, rules, exclusion constraints, collations, partitions or domains,
-- and each such query cost a plan and a round trip. A flag is true whenever
-- its kind's query could return a row; it may be true when that query returns
-- none (what the queries leave out, such as an extension's members or the
-- clones on partitions, is not left out here). NULL (no object in the
-- schemas at all) counts as false.
WITH ns AS (
    SELECT n.oid, n.nspname FROM pg_catalog.pg_namespace AS n WHERE n.nspname = ANY(:schemas)
), rel AS (
    SELECT bool_or(c.relkind IN ('v', 'm')) AS views,
           bool_or(c.relkind = 'm') AS materialized_views,
           bool_or(c.relkind = 'S') AS sequences,
           bool_or(c.relkind = 'c') AS composite_types,
           bool_or(c.relkind = 'p') AS partitions,
           bool_or(c.relkind IN ('r', 'p') AND (c.relrowsecurity OR c.relforcerowsecurity))
               AS row_security
    FROM pg_catalog.pg_class AS c
    WHERE c.relnamespace IN (SELECT oid FROM ns)
), typ AS (
    SELECT bool_or(t.typtype = 'e') AS enums,
           bool_or(t.typtype = 'd') AS domains
    FROM pg_catalog.pg_type AS t
    WHERE t.typnamespace IN (SELECT oid FROM ns)
), pro AS (
    SELECT bool_or(p.prokind IN ('f', 'p')) AS routines,
           bool_or(p.prokind = 'a') AS aggregates
    FROM pg_catalog.pg_proc AS p
    WHERE p.pronamespace IN (SELECT oid FROM ns)
)
SELECT rel.views, rel.materialized_views, rel.sequences, rel.composite_types,
       rel.partitions, rel.row_security, typ.enums, typ.domains, pro.routines,
       pro.aggregates,
       EXISTS (
           SELECT 1 FROM pg_catalog.pg_trigger AS t
           JOIN pg_catalog.pg_class AS c ON c.oid = t.tgrelid
           WHERE NOT t.tgisinternal AND c.relnamespace IN (SELECT oid FROM ns)
       ) AS triggers,
       EXISTS (
           SELECT 1 FROM pg_catalog.pg_rewrite AS r
           JOIN pg_catalog.pg_class AS c ON c.oid = r.ev_class
           WHERE r.rulename <> '_RETURN' AND c.relnamespace IN (SELECT oid FROM ns)
       ) AS rules,
       EXISTS (
           SELECT 1 FROM pg_catalog.pg_policy AS p
           JOIN pg_catalog.pg_class AS c ON c.oid = p.polrelid
           WHERE c.relnamespace IN (SELECT oid FROM ns)
       ) AS policies,
       EXISTS (
           SELECT 1 FROM pg_catalog.pg_constraint AS k
           JOIN pg_catalog.pg_class AS c ON c.oid = k.conrelid
           WHERE k.contype = 'x' AND c.relnamespace IN (SELECT oid FROM ns)
       ) AS exclusion_constraints,
       EXISTS (
           SELECT 1 FROM pg_catalog.pg_collation AS co
           WHERE co.collnamespace IN (SELECT oid FROM ns)
       ) AS collations,
       EXISTS (
           SELECT 1 FROM pg_catalog.pg_index AS x
           JOIN pg_catalog.pg_class AS c ON c.oid = x.indrelid
           WHERE x.indisclustered AND c.relnamespace IN (SELECT oid FROM ns)
       ) AS clustered,
       EXISTS (
           SELECT 1 FROM pg_catalog.pg_extension AS e WHERE e.extname <> 'plpgsql'
       ) AS extensions,
       -- A comment on a type, routine, relation, constraint or trigger made
       -- after initdb: those objects have oids from 16384 (FirstNormalObjectId)
       -- up, found by pg_description's index. The schemas initdb made but
       -- public (pg_catalog, information_schema...) hold older objects: asked to
       -- read one of them, the comments are always read.
       EXISTS (SELECT 1 FROM ns WHERE ns.oid < 16384 AND ns.nspname <> 'public')
       OR EXISTS (
           SELECT 1 FROM pg_catalog.pg_description AS d
           WHERE d.objoid >= 16384
             AND d.classoid IN ('pg_catalog.pg_type'::regclass, 'pg_catalog.pg_proc'::regclass,
                                'pg_catalog.pg_class'::regclass, 'pg_catalog.pg_constraint'::regclass,
                                'pg_catalog.pg_trigger'::regclass)
       ) AS comments
FROM rel, typ, pro
