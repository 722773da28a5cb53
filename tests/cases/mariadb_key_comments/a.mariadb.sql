CREATE TABLE parent (id INTEGER NOT NULL, name VARCHAR(300), code VARCHAR(20),
  PRIMARY KEY (id) COMMENT 'the key',
  KEY ix_name (name(100), id DESC) COMMENT 'by name',
  UNIQUE KEY uq_code (code),
  KEY ix_code (code, name(20)) COMMENT 'it''s a \\ backslash');
CREATE TABLE child (id INTEGER NOT NULL PRIMARY KEY, parent_id INTEGER,
  KEY fk_parent (parent_id) COMMENT 'parent lookups',
  CONSTRAINT fk_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE);
INSERT INTO parent VALUES (1, 'one', 'a'), (2, 'two', 'b');
INSERT INTO child VALUES (1, 1), (2, 2), (3, 1);
