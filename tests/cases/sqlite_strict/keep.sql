-- expect: 30
SELECT sum(n) FROM t
