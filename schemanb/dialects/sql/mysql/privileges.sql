-- Whether the connected account (or its current role) holds SHOW VIEW and
-- TRIGGER on each of the given databases, globally or on the database.
-- Without SHOW VIEW information_schema.views shows a view's body empty; without
-- TRIGGER information_schema.triggers leaves the triggers out, silently.
SELECT s.schema_name AS schema_name,
       p.privilege_type AS privilege,
       EXISTS (SELECT 1 FROM information_schema.user_privileges AS u
               WHERE u.grantee IN :grantees AND u.privilege_type = p.privilege_type)
       OR EXISTS (SELECT 1 FROM information_schema.schema_privileges AS d
                  WHERE d.grantee IN :grantees AND d.privilege_type = p.privilege_type
                    AND d.table_schema = s.schema_name) AS held
FROM information_schema.schemata AS s
CROSS JOIN (SELECT 'SHOW VIEW' AS privilege_type UNION ALL SELECT 'TRIGGER') AS p
WHERE s.schema_name IN :schemas
ORDER BY s.schema_name, p.privilege_type
