CREATE TABLE grp (id INTEGER NOT NULL PRIMARY KEY, code INTEGER NOT NULL);
CREATE TABLE note (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE member (grp_id INTEGER NOT NULL, slot INTEGER NOT NULL, note_id INTEGER, PRIMARY KEY (grp_id, slot),
  CONSTRAINT fk_member_grp FOREIGN KEY (grp_id) REFERENCES grp (id),
  CONSTRAINT fk_member_note FOREIGN KEY (note_id) REFERENCES note (id));
CREATE INDEX member_note_new ON member (note_id);
