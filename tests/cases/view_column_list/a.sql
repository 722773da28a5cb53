CREATE TABLE "Order Lines" (id INTEGER PRIMARY KEY, "Qty" INTEGER, note VARCHAR(20));
INSERT INTO "Order Lines" (id, "Qty", note) VALUES (1, 7, 'x');
CREATE VIEW "Line View" ("Line Id", "how many") AS SELECT id, "Qty" FROM "Order Lines";
