-- expect: happy {sad,happy} happy
SELECT m::text || ' ' || past::text || ' ' || g::text FROM t WHERE id = 1
