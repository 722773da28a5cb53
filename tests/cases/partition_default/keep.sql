-- expect: 1
SELECT count(*) FROM orders
