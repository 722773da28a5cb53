-- expect: 23
SELECT (SELECT count(*) FROM parent) * 10 + (SELECT count(*) FROM child)
