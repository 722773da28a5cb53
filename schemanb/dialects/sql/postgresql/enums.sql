-- Every enum type of the given schemas with its labels in declaration order.
-- Enums that belong to an extension are left out.
SELECT n.nspname AS schema_name,
       t.typname AS name,
       array_agg(e.enumlabel ORDER BY e.enumsortorder) AS labels
FROM pg_catalog.pg_type AS t
JOIN pg_catalog.pg_namespace AS n ON n.oid = t.typnamespace
JOIN pg_catalog.pg_enum AS e ON e.enumtypid = t.oid
WHERE n.nspname = ANY(:schemas)
  AND NOT EXISTS (
      SELECT 1 FROM pg_catalog.pg_depend AS d
      WHERE d.classid = 'pg_catalog.pg_type'::regclass
        AND d.objid = t.oid AND d.deptype = 'e'
  )
GROUP BY n.nspname, t.typname
ORDER BY n.nspname, t.typname
