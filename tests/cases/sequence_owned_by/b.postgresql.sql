CREATE TABLE "order" (id INTEGER PRIMARY KEY, note TEXT, code SERIAL);
CREATE SEQUENCE "order ref seq" START WITH 100;
ALTER TABLE "order" ADD COLUMN ref BIGINT DEFAULT nextval('"order ref seq"');
ALTER SEQUENCE "order ref seq" OWNED BY "order".ref;
CREATE TABLE pair (a INTEGER, b SERIAL, PRIMARY KEY (a, b));
