CREATE TABLE album (album_id INTEGER NOT NULL, title TEXT NOT NULL, CONSTRAINT pk_album PRIMARY KEY (album_id));
