CREATE TABLE "order" (id INTEGER PRIMARY KEY, note TEXT);
INSERT INTO "order" (id, note) VALUES (1, 'x');
