-- expect: 14
SELECT sum(id) FROM t
