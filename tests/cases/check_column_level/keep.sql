-- expect: 10
SELECT qty FROM t WHERE id = 1
