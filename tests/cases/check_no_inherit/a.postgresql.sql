CREATE TABLE t (
    id INTEGER PRIMARY KEY,
    qty INTEGER CHECK (qty > 0),
    price INTEGER CONSTRAINT price_positive CHECK (price > 0) NO INHERIT
);
INSERT INTO t VALUES (1, 2, 3);
