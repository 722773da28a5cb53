-- Every column of the relations of the given kinds (tables: r, p; views: v, m)
-- in the given schemas, in one query, with what the Inspector's
-- get_multi_columns reads: the type as format_type() spells it, the default,
-- NOT NULL, generated/identity (with the identity sequence's start and
-- increment), a collation that differs from the type's, the column comment,
-- and the relation's own comment. A relation without columns gives one row
-- with a NULL column name. The relation's oid and each column's attnum name
-- the key columns of the constraints query. Per relation also (repeated on
-- each of its rows): its persistence (u: UNLOGGED), its storage parameters and
-- its TOAST table's (pg_class.reloptions, as pg_dump reads them) and the
-- parents it INHERITS from in their order (partitions left out: they are
-- PARTITION OF); per column whether it is declared by the relation itself
-- (attislocal) or only inherited. Read here rather than through the Inspector: its
-- per-row type parsing and the first-use compile of its query were most of
-- the cost of reflecting a large schema.
SELECT n.nspname AS schema_name,
       c.relname AS table_name,
       c.oid AS table_oid,
       a.attnum AS number,
       a.attname AS name,
       pg_catalog.format_type(a.atttypid, a.atttypmod) AS format_type,
       -- A default cannot name a column (only a generated column's expression
       -- can), and deparsing without the relation is a quarter cheaper.
       CASE WHEN a.atthasdef THEN pg_catalog.pg_get_expr(
           d.adbin, CASE WHEN a.attgenerated = '' THEN 0 ELSE d.adrelid END) END AS "default",
       a.attnotnull AS not_null,
       a.attgenerated::text AS generated,
       a.attidentity::text AS identity,
       CASE WHEN a.attidentity <> '' THEN (
           SELECT s.seqstart FROM pg_catalog.pg_sequence AS s
           WHERE s.seqrelid = pg_catalog.pg_get_serial_sequence(
               c.oid::regclass::text, a.attname)::regclass
       ) END AS identity_start,
       CASE WHEN a.attidentity <> '' THEN (
           SELECT s.seqincrement FROM pg_catalog.pg_sequence AS s
           WHERE s.seqrelid = pg_catalog.pg_get_serial_sequence(
               c.oid::regclass::text, a.attname)::regclass
       ) END AS identity_increment,
       -- Whether the default draws from a sequence this column owns (serial:
       -- the default depends on the sequence, the sequence on the column). A
       -- nextval() of any other sequence is a plain default, kept as written.
       CASE WHEN a.atthasdef AND a.attidentity = '' AND a.attgenerated = '' THEN EXISTS (
           SELECT 1 FROM pg_catalog.pg_depend AS od
           JOIN pg_catalog.pg_depend AS dd
             ON dd.classid = 'pg_catalog.pg_attrdef'::regclass AND dd.objid = d.oid
            AND dd.refclassid = 'pg_catalog.pg_class'::regclass AND dd.refobjid = od.objid
           WHERE od.refclassid = 'pg_catalog.pg_class'::regclass AND od.refobjid = c.oid
             AND od.refobjsubid = a.attnum AND od.classid = 'pg_catalog.pg_class'::regclass
             AND od.deptype = 'a'
       ) END AS owns_default_sequence,
       -- Only a collation that differs from the type's; looked up for those
       -- columns alone (a join probed pg_collation for every text column).
       CASE WHEN a.attcollation <> 0 AND a.attcollation <> ty.typcollation THEN (
           SELECT co.collname FROM pg_catalog.pg_collation AS co WHERE co.oid = a.attcollation
       ) END AS collation,
       cd.description AS comment,
       td.description AS table_comment,
       a.attislocal AS is_local,
       a.attinhcount AS inherit_count,
       c.relpersistence::text AS persistence,
       c.reloptions AS storage_options,
       tc.reloptions AS toast_options,
       inh.parent_schemas,
       inh.parent_names
FROM pg_catalog.pg_class AS c
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
LEFT JOIN pg_catalog.pg_attribute AS a
  ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_catalog.pg_attrdef AS d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_catalog.pg_type AS ty ON ty.oid = a.atttypid
LEFT JOIN pg_catalog.pg_description AS cd
  ON cd.objoid = c.oid AND cd.classoid = 'pg_catalog.pg_class'::regclass AND cd.objsubid = a.attnum
LEFT JOIN pg_catalog.pg_description AS td
  ON td.objoid = c.oid AND td.classoid = 'pg_catalog.pg_class'::regclass AND td.objsubid = 0
LEFT JOIN pg_catalog.pg_class AS tc ON tc.oid = c.reltoastrelid
LEFT JOIN (
    SELECT i.inhrelid,
           array_agg(pn.nspname::text ORDER BY i.inhseqno) AS parent_schemas,
           array_agg(p.relname::text ORDER BY i.inhseqno) AS parent_names
    FROM pg_catalog.pg_inherits AS i
    JOIN pg_catalog.pg_class AS ch ON ch.oid = i.inhrelid AND NOT ch.relispartition
    JOIN pg_catalog.pg_class AS p ON p.oid = i.inhparent
    JOIN pg_catalog.pg_namespace AS pn ON pn.oid = p.relnamespace
    GROUP BY i.inhrelid
) AS inh ON inh.inhrelid = c.oid
WHERE n.nspname = ANY(:schemas)
  AND c.relkind = ANY(:relkinds)
  AND c.relpersistence <> 't'
-- Grouped by relation in attnum order; sorting on oids is cheaper than on names.
ORDER BY c.oid, a.attnum
