CREATE TABLE "Order Lines" (id INTEGER PRIMARY KEY, "Qty" BIGINT, note VARCHAR(20));
CREATE VIEW "big Lines" AS SELECT id, "Qty" FROM "Order Lines" WHERE "Qty" > 5;
