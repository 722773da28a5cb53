-- expect: AB
SELECT group_concat(up) FROM v_t
