-- expect: 5
SELECT (SELECT count(*) FROM orders) + (SELECT count(*) FROM order_note) + (SELECT count(*) FROM readings) + (SELECT count(*) FROM visits)
