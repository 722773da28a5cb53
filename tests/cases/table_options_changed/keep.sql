-- expect: naïve café
SELECT title FROM film WHERE id = 1
