CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TYPE "Feeling" AS ENUM ('happy', 'sad', 'meh');
CREATE TABLE t (id INTEGER PRIMARY KEY, m "Feeling" DEFAULT 'meh', ms "Feeling"[]);
CREATE VIEW v AS SELECT id, m FROM t;
