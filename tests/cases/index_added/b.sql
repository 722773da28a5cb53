CREATE TABLE t (id INTEGER PRIMARY KEY, "pct%name" INTEGER, b INTEGER);
CREATE INDEX "lllllllllllllllllllllllllllllllllllllllllllllllllllllllllllllll" ON t ("pct%name", b);
