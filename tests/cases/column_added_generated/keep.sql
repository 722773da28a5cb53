-- expect: 1
SELECT id FROM t WHERE id = 1
