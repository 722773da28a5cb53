-- expect: a|c
SELECT a || '|' || c FROM t
