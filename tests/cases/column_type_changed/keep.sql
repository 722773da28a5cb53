-- expect: 42
SELECT n FROM t WHERE id = 1
