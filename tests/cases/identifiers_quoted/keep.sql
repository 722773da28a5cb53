-- expect: 2
SELECT `co``l` FROM `we"ird` WHERE id = 1
