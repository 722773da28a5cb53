-- expect: 1
SELECT count(*) FROM "order"
