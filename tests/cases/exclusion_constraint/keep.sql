-- expect: 1
SELECT room FROM booking WHERE id = 1
