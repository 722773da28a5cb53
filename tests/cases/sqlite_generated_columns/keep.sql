-- expect: 10m5
SELECT twice || label FROM t
