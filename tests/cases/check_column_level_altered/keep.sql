-- expect: 10|5|a|3
SELECT CONCAT_WS('|', qty, price, note, "order") FROM t WHERE id = 1
