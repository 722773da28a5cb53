CREATE TABLE "Order Lines" (id INTEGER PRIMARY KEY, "Qty" INTEGER, note VARCHAR(20));
INSERT INTO "Order Lines" (id, "Qty", note) VALUES (1, 7, 'x');
CREATE VIEW "Line View" AS SELECT id, "Qty" FROM "Order Lines";
