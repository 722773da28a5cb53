CREATE TABLE "Order Lines" (id INTEGER PRIMARY KEY, "Qty" BIGINT, note VARCHAR(20));
CREATE VIEW "Line View" ("Line Id", "how many") AS SELECT id, "Qty" FROM "Order Lines";
