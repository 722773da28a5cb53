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
COMMENT ON TYPE mood IS 'it''s a mood';
COMMENT ON TYPE pair IS 'a pair';
COMMENT ON FUNCTION add_one(integer) IS 'adds one, again';
COMMENT ON PROCEDURE noop() IS 'does nothing';
COMMENT ON AGGREGATE total(integer) IS 'sums';
COMMENT ON SEQUENCE "Counter" IS NULL;
COMMENT ON CONSTRAINT t_pk ON t IS 'the key';
COMMENT ON CONSTRAINT t_parent_fk ON t IS 'to the parent';
COMMENT ON CONSTRAINT "n positive" ON t IS 'n > 0';
COMMENT ON CONSTRAINT parent_pk ON parent IS 'parent key';
COMMENT ON INDEX t_n_ix IS 'by n, <b>again</b>';
COMMENT ON TRIGGER t_touch ON t IS NULL;
COMMENT ON COLUMN v.id IS 'view id';
COMMENT ON COLUMN mv.c IS 'how many';
CREATE TYPE added AS ENUM ('y');
COMMENT ON TYPE added IS 'made with a comment';
CREATE TABLE fresh (id INTEGER CONSTRAINT fresh_pk PRIMARY KEY, v TEXT);
CREATE INDEX fresh_v_ix ON fresh (v);
COMMENT ON CONSTRAINT fresh_pk ON fresh IS 'new table, new key';
COMMENT ON INDEX fresh_v_ix IS 'new index';
CREATE INDEX t_code_ix ON t (code, n);
COMMENT ON INDEX t_code_ix IS 'changes with its index';
CREATE VIEW fresh_v AS SELECT id FROM fresh;
COMMENT ON COLUMN fresh_v.id IS 'new view column';
