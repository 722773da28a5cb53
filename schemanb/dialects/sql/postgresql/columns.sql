-- Every column of the relations of the given kinds (tables: r, p; views: v, m)
-- in the given schemas, in one query, with what the Inspector's
-- get_multi_columns reads: the type as format_type() spells it, the default,
-- NOT NULL, generated/identity (with the identity sequence's bounds, cache, cycle, start and
-- increment), a collation that differs from the type's, the column comment;
-- whether the column is declared by the relation itself (attislocal) or only
-- inherited; and the settings pg_dump writes after CREATE TABLE. The
-- relation's oid and each column's attnum name the key columns of the
-- constraints query. What belongs to a table as a whole (its comment, options,
-- parents, estimates) is in relations.sql, read once per table; a relation
-- without columns has no row here. Read here rather than through the
-- Inspector: its per-row type parsing and the first-use compile of its query
-- were most of the cost of reflecting a large schema.
SELECT c.relname AS table_name,
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
       CASE WHEN a.attidentity <> '' THEN (
           SELECT ARRAY[s.seqmin, s.seqmax, s.seqcache, s.seqcycle::int]
           FROM pg_catalog.pg_sequence AS s
           WHERE s.seqrelid = pg_catalog.pg_get_serial_sequence(
               c.oid::regclass::text, a.attname)::regclass
       ) END AS identity_bounds,
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
       -- The per-column settings pg_dump writes after CREATE TABLE: attribute
       -- options (n_distinct; as stored: the caller leaves out the server's own
       -- pg_* bookkeeping, pg_attver, as pg_dump does: an unnest per column here
       -- cost a third of the query), a statistics target set by hand, and a
       -- storage that differs from the type's (attstattarget is -1, or NULL from
       -- PostgreSQL 17, when not set).
       a.attoptions AS attribute_options,
       CASE WHEN a.attstattarget >= 0 THEN a.attstattarget::int END AS statistics_target,
       CASE WHEN a.attstorage <> ty.typstorage THEN a.attstorage::text END AS storage,
       a.attislocal AS is_local,
       a.attinhcount AS inherit_count
FROM pg_catalog.pg_class AS c
JOIN pg_catalog.pg_namespace AS n ON n.oid = c.relnamespace
JOIN pg_catalog.pg_attribute AS a
  ON a.attrelid = c.oid AND a.attnum > 0 AND NOT a.attisdropped
LEFT JOIN pg_catalog.pg_attrdef AS d ON d.adrelid = a.attrelid AND d.adnum = a.attnum
LEFT JOIN pg_catalog.pg_type AS ty ON ty.oid = a.atttypid
LEFT JOIN pg_catalog.pg_description AS cd
  ON cd.objoid = c.oid AND cd.classoid = 'pg_catalog.pg_class'::regclass AND cd.objsubid = a.attnum
WHERE n.nspname = ANY(:schemas)
  AND c.relkind = ANY(:relkinds)
  AND c.relpersistence <> 't'
-- Grouped by relation in attnum order; sorting on oids is cheaper than on names.
ORDER BY c.oid, a.attnum
