-- expect: 7
SELECT "Qty" FROM "Line View" WHERE id = 1
