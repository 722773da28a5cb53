-- expect: 2
SELECT count(*) FROM keep_rows
