-- expect: 12
SELECT "(r""" FROM v
