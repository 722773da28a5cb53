CREATE TABLE event (
  id INTEGER NOT NULL,
  note TEXT,
  CONSTRAINT event_positive CHECK (id > 0)
);
CREATE TABLE click (
  id INTEGER NOT NULL,
  note TEXT,
  x INTEGER,
  CONSTRAINT event_positive CHECK (id > 0)
);
CREATE TABLE view_event (
  id INTEGER NOT NULL,
  note TEXT,
  page TEXT NOT NULL,
  CONSTRAINT event_positive CHECK (id > 0)
) INHERITS (event);
