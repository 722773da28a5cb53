CREATE TYPE "Money Pair" AS (amount NUMERIC(10, 2), "Currency" CHAR(3), note TEXT);
CREATE TABLE t (id INTEGER PRIMARY KEY, price "Money Pair");
INSERT INTO t VALUES (1, ROW(9.99, 'EUR', 'x'));
