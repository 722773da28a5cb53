CREATE TABLE t (id INTEGER PRIMARY KEY);
CREATE TYPE "Mood" AS ENUM ('sad', 'it''s ok', 'happy');
