-- expect: 4
SELECT (SELECT count(*) FROM items) + (SELECT count(*) FROM orders)
