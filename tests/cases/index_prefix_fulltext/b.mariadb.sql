CREATE TABLE doc (id INTEGER PRIMARY KEY, name VARCHAR(1000), body TEXT);
CREATE INDEX ix_doc_name ON doc (name(191));
CREATE INDEX "ix_doc body" ON doc (body(100), id);
CREATE FULLTEXT INDEX ix_doc_text ON doc (name, body);
