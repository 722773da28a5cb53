CREATE TABLE hot (id INTEGER PRIMARY KEY, n INTEGER) WITH (fillfactor = 90);
CREATE TABLE plain (id INTEGER PRIMARY KEY, body TEXT)
  WITH (fillfactor = 50, autovacuum_vacuum_scale_factor = 0.05, toast.autovacuum_vacuum_threshold = 1000);
CREATE TABLE tuned (id INTEGER PRIMARY KEY, body TEXT);
CREATE TABLE "New Table" (id INTEGER PRIMARY KEY, body TEXT)
  WITH (autovacuum_analyze_scale_factor = 0.02, toast_tuple_target = 256);
