CREATE TABLE t (id INTEGER PRIMARY KEY);
CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy', 'great');
