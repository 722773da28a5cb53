-- expect: kept
SELECT "naïve_ünïcødé" FROM t WHERE id = 1
