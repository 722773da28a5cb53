-- expect: 9.50
SELECT amount FROM price WHERE id = 1
