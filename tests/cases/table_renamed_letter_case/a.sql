CREATE TABLE "Products" ("id" INTEGER PRIMARY KEY, "name" VARCHAR(40));
CREATE TABLE "orders" ("id" INTEGER PRIMARY KEY, "product_id" INTEGER REFERENCES "Products" ("id"));
INSERT INTO "Products" VALUES (1, 'pen'), (2, 'ink');
INSERT INTO "orders" VALUES (1, 2);
