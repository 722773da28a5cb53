CREATE TABLE t (id INTEGER PRIMARY KEY, a INTEGER);
CREATE INDEX "<script>x</script>" ON t (a);
