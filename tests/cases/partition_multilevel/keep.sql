-- expect: 1
SELECT count(*) FROM measurement WHERE region = 'eu'
