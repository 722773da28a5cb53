-- expect: 2
SELECT count(*) FROM places
