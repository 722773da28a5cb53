-- expect: 2
SELECT count(*) FROM pages WHERE pages MATCH 'first OR second'
