-- expect: 2
SELECT a FROM t WHERE id = 1
