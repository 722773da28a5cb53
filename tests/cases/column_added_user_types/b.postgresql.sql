CREATE DOMAIN "Code" AS TEXT CHECK (VALUE <> '');
CREATE TYPE "My Mood" AS ENUM ('sad', 'Happy');
CREATE TABLE t (id INTEGER PRIMARY KEY, code "Code", mood "My Mood", moods "My Mood"[]);
CREATE TABLE u (id INTEGER PRIMARY KEY, code "Code" NOT NULL);
