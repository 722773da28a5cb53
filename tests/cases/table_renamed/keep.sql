-- expect: 2
SELECT COUNT(*) FROM "order"
