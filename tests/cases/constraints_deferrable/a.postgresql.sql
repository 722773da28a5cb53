CREATE TABLE parent (id INTEGER PRIMARY KEY, code TEXT, CONSTRAINT parent_code_key UNIQUE (code));
CREATE TABLE child (id INTEGER PRIMARY KEY, parent_id INTEGER, CONSTRAINT child_parent_fk FOREIGN KEY (parent_id) REFERENCES parent (id));
INSERT INTO parent VALUES (1, 'a');
INSERT INTO child VALUES (1, 1);
