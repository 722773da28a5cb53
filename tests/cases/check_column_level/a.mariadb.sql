CREATE TABLE t (id INTEGER PRIMARY KEY, qty INTEGER CHECK (qty > 0), price INTEGER, old INTEGER CHECK (old < 100), n INTEGER, CONSTRAINT n_pos CHECK (n >= 0));
INSERT INTO t (id, qty, price, old, n) VALUES (1, 10, 5, 50, 2);
