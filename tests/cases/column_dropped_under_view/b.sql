CREATE TABLE "Order Lines" (id INTEGER PRIMARY KEY, "Qty" INTEGER);
CREATE VIEW "Line View" AS SELECT id, "Qty" FROM "Order Lines";
