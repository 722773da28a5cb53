CREATE TYPE "Money Pair" AS (amount NUMERIC(10, 2), "Currency" CHAR(3), rate REAL);
CREATE TABLE t (id INTEGER PRIMARY KEY, price "Money Pair");
