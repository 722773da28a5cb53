CREATE TYPE mood AS ENUM ('sad', 'happy');
CREATE TYPE "Feeling" AS ENUM ('happy', 'sad', 'meh');
CREATE TABLE t (id INTEGER PRIMARY KEY, m mood DEFAULT 'sad', ms mood[]);
CREATE VIEW v AS SELECT id, m FROM t;
INSERT INTO t VALUES (1, 'happy', '{happy,sad}');
