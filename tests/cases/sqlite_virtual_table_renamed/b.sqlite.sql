CREATE VIRTUAL TABLE pages USING fts5(title, body);
