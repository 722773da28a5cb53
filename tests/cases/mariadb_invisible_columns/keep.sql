-- expect: hidden
SELECT secret FROM account WHERE id = 1
