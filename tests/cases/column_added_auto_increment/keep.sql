-- expect: kept
SELECT name FROM u WHERE id = 1
