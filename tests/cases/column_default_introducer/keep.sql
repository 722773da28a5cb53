-- expect: 2
SELECT count(*) FROM docs
