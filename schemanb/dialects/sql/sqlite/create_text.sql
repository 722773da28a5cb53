-- The CREATE text of every table and view of the main database, in one query:
-- SQLAlchemy's Inspector would read it once per table and per constraint kind,
-- each time scanning sqlite_master (quadratic in the number of tables).
SELECT name, sql
FROM sqlite_master
WHERE type IN ('table', 'view')
