CREATE TABLE parent (id INTEGER NOT NULL, name VARCHAR(300), code VARCHAR(20),
  PRIMARY KEY (id),
  KEY ix_name (name(100), id DESC) COMMENT 'by name, then newest',
  UNIQUE KEY uq_code (code) COMMENT 'one per code',
  KEY ix_code (code, name(20)));
CREATE TABLE child (id INTEGER NOT NULL PRIMARY KEY COMMENT 'row id', parent_id INTEGER,
  KEY fk_parent (parent_id) COMMENT 'lookups by parent',
  CONSTRAINT fk_parent FOREIGN KEY (parent_id) REFERENCES parent (id) ON DELETE CASCADE);
CREATE TABLE tag (id INTEGER NOT NULL, label VARCHAR(40),
  PRIMARY KEY (id) COMMENT 'new key',
  UNIQUE KEY uq_label (label) COMMENT 'labels are unique',
  KEY ix_label (label(10)) COMMENT 'prefix');
INSERT INTO parent VALUES (1, 'one', 'a'), (2, 'two', 'b');
INSERT INTO child VALUES (1, 1), (2, 2), (3, 1);
