-- expect: 1
SELECT p2 FROM c WHERE id = 1
