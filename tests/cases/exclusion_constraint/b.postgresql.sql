CREATE TABLE booking (id INTEGER PRIMARY KEY, room INTEGER NOT NULL, during TSRANGE NOT NULL,
  CONSTRAINT booking_no_overlap EXCLUDE USING gist (during WITH &&) WHERE (room > 0));
