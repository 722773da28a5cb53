CREATE TABLE note (id INTEGER PRIMARY KEY, body VARCHAR(80));
CREATE VIEW spaced AS SELECT id FROM note WHERE body <> 'two  spaces   and
a line';
