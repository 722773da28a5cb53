-- expect: 7hello
SELECT n || body FROM t
