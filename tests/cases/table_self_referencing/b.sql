CREATE TABLE base (id INTEGER PRIMARY KEY);
CREATE TABLE "Cat" (id INTEGER PRIMARY KEY, parent_id INTEGER, name VARCHAR(80) NOT NULL, CONSTRAINT fk_cat_parent FOREIGN KEY (parent_id) REFERENCES "Cat" (id));
CREATE TABLE item (id INTEGER PRIMARY KEY, cat_id INTEGER NOT NULL, CONSTRAINT fk_item_cat FOREIGN KEY (cat_id) REFERENCES "Cat" (id));
CREATE INDEX ix_cat_parent ON "Cat" (parent_id);
CREATE INDEX ix_item_cat ON item (cat_id);
