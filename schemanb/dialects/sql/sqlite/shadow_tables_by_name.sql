-- shadow_tables.sql for a SQLite older than 3.37 (no PRAGMA table_list): the
-- tables named after a virtual table with the suffix of a shadow table of the
-- modules SQLite ships (FTS3/4: content, segments, segdir, docsize, stat;
-- FTS5: data, idx, content, docsize, config; R*Tree: node, parent, rowid).
SELECT t.name
FROM sqlite_master AS t
JOIN sqlite_master AS v
  ON v.type = 'table' AND v.sql LIKE 'CREATE VIRTUAL TABLE%'
 AND lower(substr(t.name, 1, length(v.name) + 1)) = lower(v.name || '_')
WHERE t.type = 'table' AND t.sql NOT LIKE 'CREATE VIRTUAL TABLE%'
  AND lower(substr(t.name, length(v.name) + 2)) IN (
    'content', 'segments', 'segdir', 'docsize', 'stat',
    'data', 'idx', 'config', 'node', 'parent', 'rowid')
