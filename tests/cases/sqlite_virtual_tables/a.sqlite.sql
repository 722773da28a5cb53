CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
INSERT INTO notes VALUES (1, 'first'), (2, 'second');
CREATE VIRTUAL TABLE old_search USING fts4(body, tokenize=unicode61);
INSERT INTO old_search (body) VALUES ('first'), ('second');
