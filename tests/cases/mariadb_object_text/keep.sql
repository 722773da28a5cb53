-- expect: 1
SELECT COUNT(*) FROM film
