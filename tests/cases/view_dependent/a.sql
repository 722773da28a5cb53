CREATE TABLE "Order Lines" (id INTEGER PRIMARY KEY, "Qty" INTEGER, note VARCHAR(20));
INSERT INTO "Order Lines" (id, "Qty", note) VALUES (1, 7, 'x');
CREATE VIEW "big Lines" AS SELECT id, "Qty" FROM "Order Lines" WHERE "Qty" > 5;
