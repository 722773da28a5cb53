-- expect: 7
SELECT "Qty" FROM "big Lines" WHERE id = 1
