-- expect: a@x.org:
SELECT label FROM doc WHERE id = 1
