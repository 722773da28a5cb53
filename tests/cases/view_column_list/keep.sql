-- expect: 7
SELECT "how many" FROM "Line View" WHERE "Line Id" = 1
