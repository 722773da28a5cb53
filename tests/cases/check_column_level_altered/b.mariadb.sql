CREATE TABLE t (id INTEGER PRIMARY KEY, qty BIGINT CHECK (qty > 0), price SMALLINT NULL CHECK (price >= 0), note VARCHAR(20) NOT NULL CHECK (note <> ''), "order" BIGINT CHECK ("order" > 1));
