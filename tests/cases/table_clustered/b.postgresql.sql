CREATE TABLE kept (id INTEGER PRIMARY KEY, code TEXT UNIQUE, placed DATE);
CREATE INDEX kept_placed ON kept (placed);
ALTER TABLE kept CLUSTER ON kept_placed;
CREATE TABLE unmarked (id INTEGER PRIMARY KEY, note TEXT);
CREATE TABLE marked (id INTEGER PRIMARY KEY, "When" DATE);
CREATE INDEX "Marked When" ON marked ("When");
ALTER TABLE marked CLUSTER ON "Marked When";
