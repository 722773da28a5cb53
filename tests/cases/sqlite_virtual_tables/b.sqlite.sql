CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT NOT NULL);
CREATE VIRTUAL TABLE search USING fts5(body, tokenize = 'porter ascii');
CREATE VIRTUAL TABLE boxes USING rtree(id, min_x, max_x, min_y, max_y, +label TEXT);
