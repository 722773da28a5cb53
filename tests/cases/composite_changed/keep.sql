-- expect: 9.99
SELECT (price).amount FROM t WHERE id = 1
