-- expect: kept
SELECT msg FROM log WHERE id = 1
