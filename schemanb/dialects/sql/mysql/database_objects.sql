-- Every object a user could own in the current database: (kind, name, identity).
-- The demo records the identities of what it created (a table's creation time
-- and columns, a view's definition) and refuses a database holding anything else.
SELECT CASE t.TABLE_TYPE WHEN 'VIEW' THEN 'view' WHEN 'SEQUENCE' THEN 'sequence' ELSE 'table' END AS kind,
       t.TABLE_NAME AS name,
       CONCAT_WS(' ', CAST(t.CREATE_TIME AS CHAR), MD5(v.VIEW_DEFINITION), c.signature) AS identity
FROM information_schema.TABLES t
LEFT JOIN information_schema.VIEWS v
  ON v.TABLE_SCHEMA = t.TABLE_SCHEMA AND v.TABLE_NAME = t.TABLE_NAME
LEFT JOIN (
    SELECT TABLE_NAME,
           MD5(GROUP_CONCAT(COLUMN_NAME, ' ', COLUMN_TYPE ORDER BY ORDINAL_POSITION)) AS signature
    FROM information_schema.COLUMNS
    WHERE TABLE_SCHEMA = DATABASE()
    GROUP BY TABLE_NAME
) c ON c.TABLE_NAME = t.TABLE_NAME
WHERE t.TABLE_SCHEMA = DATABASE()
UNION ALL
SELECT LOWER(r.ROUTINE_TYPE), r.ROUTINE_NAME, CAST(r.CREATED AS CHAR)
FROM information_schema.ROUTINES r
WHERE r.ROUTINE_SCHEMA = DATABASE()
UNION ALL
SELECT 'trigger', g.TRIGGER_NAME, CAST(g.CREATED AS CHAR)
FROM information_schema.TRIGGERS g
WHERE g.TRIGGER_SCHEMA = DATABASE()
UNION ALL
SELECT 'event', e.EVENT_NAME, CAST(e.CREATED AS CHAR)
FROM information_schema.EVENTS e
WHERE e.EVENT_SCHEMA = DATABASE()
