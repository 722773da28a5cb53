CREATE TABLE t (id INTEGER PRIMARY KEY, qty INTEGER CHECK (qty > 0), price SMALLINT NOT NULL CHECK (price >= 0), note VARCHAR(10) CHECK (note <> ''), "order" INTEGER CHECK ("order" > 0));
INSERT INTO t (id, qty, price, note, "order") VALUES (1, 10, 5, 'a', 3);
