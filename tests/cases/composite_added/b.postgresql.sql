CREATE TABLE t (id INTEGER PRIMARY KEY);
CREATE TYPE "Money Pair" AS (amount NUMERIC(10, 2), "Currency" CHAR(3), note TEXT);
