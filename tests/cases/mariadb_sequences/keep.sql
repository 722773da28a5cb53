-- expect: first
SELECT title FROM ticket WHERE id = 1
