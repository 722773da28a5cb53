-- Every view of the main database with its CREATE VIEW text, in one query.
SELECT name, sql AS definition
FROM sqlite_master
WHERE type = 'view'
ORDER BY name
