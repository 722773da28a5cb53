-- expect: 30
SELECT SUM(a) FROM t
