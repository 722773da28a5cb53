CREATE TABLE "products" ("id" INTEGER PRIMARY KEY, "name" VARCHAR(40));
CREATE TABLE "orders" ("id" INTEGER PRIMARY KEY, "product_id" INTEGER REFERENCES "products" ("id"));
CREATE INDEX "idx_name" ON "products" ("name");
