-- expect: high
SELECT "É" FROM "T t" WHERE id = 1
