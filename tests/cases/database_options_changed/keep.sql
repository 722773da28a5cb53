-- expect: café
SELECT name FROM follows WHERE id = 1
