CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TYPE pair AS (x INTEGER, y INTEGER);
CREATE DOMAIN pos AS INTEGER CONSTRAINT pos_check CHECK (VALUE > 0);
CREATE SEQUENCE "Counter";
CREATE TABLE parent (id INTEGER CONSTRAINT parent_pk PRIMARY KEY);
CREATE TABLE t (
  id INTEGER CONSTRAINT t_pk PRIMARY KEY,
  p INTEGER CONSTRAINT t_parent_fk REFERENCES parent (id),
  code TEXT CONSTRAINT t_code_uq UNIQUE,
  n INTEGER CONSTRAINT "n positive" CHECK (n > 0)
);
CREATE INDEX t_n_ix ON t (n);
CREATE FUNCTION add_one(a integer) RETURNS integer LANGUAGE sql IMMUTABLE AS $$SELECT a + 1$$;
CREATE PROCEDURE noop() LANGUAGE sql AS $$SELECT 1$$;
CREATE FUNCTION touch() RETURNS trigger LANGUAGE plpgsql AS $$BEGIN RETURN NEW; END$$;
CREATE AGGREGATE total(integer) (SFUNC = int4pl, STYPE = integer);
CREATE TRIGGER t_touch BEFORE INSERT ON t FOR EACH ROW EXECUTE FUNCTION touch();
CREATE VIEW v AS SELECT id, n FROM t;
CREATE MATERIALIZED VIEW mv AS SELECT count(*) AS c FROM t;
COMMENT ON TYPE mood IS 'old mood';
COMMENT ON DOMAIN pos IS 'goes away';
COMMENT ON FUNCTION add_one(integer) IS 'adds one';
COMMENT ON SEQUENCE "Counter" IS 'counts';
COMMENT ON CONSTRAINT t_pk ON t IS 'the key';
COMMENT ON CONSTRAINT t_code_uq ON t IS 'one code';
COMMENT ON INDEX t_n_ix IS 'by n';
COMMENT ON TRIGGER t_touch ON t IS 'touches';
COMMENT ON COLUMN v.n IS 'old n';
CREATE TYPE gone AS ENUM ('x');
COMMENT ON TYPE gone IS 'dropped with its type';
CREATE INDEX t_code_ix ON t (code);
COMMENT ON INDEX t_code_ix IS 'changes with its index';
