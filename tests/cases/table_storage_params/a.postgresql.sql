CREATE TABLE hot (id INTEGER PRIMARY KEY, n INTEGER) WITH (fillfactor = 70);
CREATE TABLE plain (id INTEGER PRIMARY KEY, body TEXT);
CREATE TABLE tuned (id INTEGER PRIMARY KEY, body TEXT)
  WITH (autovacuum_enabled = false, toast.autovacuum_enabled = false);
