-- expect: happy
SELECT m FROM t WHERE id = 1
