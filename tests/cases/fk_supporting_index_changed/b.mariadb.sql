CREATE TABLE grp (id INTEGER NOT NULL PRIMARY KEY, code INTEGER NOT NULL);
CREATE UNIQUE INDEX grp_code_new ON grp (code, id);
CREATE TABLE note (id INTEGER NOT NULL PRIMARY KEY);
CREATE TABLE member (grp_id INTEGER NOT NULL, slot INTEGER NOT NULL, note_id INTEGER, PRIMARY KEY (grp_id, slot),
  CONSTRAINT fk_member_grp FOREIGN KEY (grp_id) REFERENCES grp (id),
  CONSTRAINT fk_member_note FOREIGN KEY (note_id) REFERENCES note (id));
CREATE INDEX member_note_new ON member (note_id);
CREATE TABLE tag (id INTEGER NOT NULL PRIMARY KEY, grp_code INTEGER,
  CONSTRAINT fk_tag_grp FOREIGN KEY (grp_code) REFERENCES grp (code));
CREATE INDEX tag_grp_code ON tag (grp_code);
