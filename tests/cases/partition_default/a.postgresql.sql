CREATE TABLE orders (id INTEGER NOT NULL, status TEXT NOT NULL, placed DATE NOT NULL) PARTITION BY LIST (status);
CREATE TABLE orders_open PARTITION OF orders FOR VALUES IN ('open');
CREATE TABLE events (id INTEGER NOT NULL, kind TEXT NOT NULL) PARTITION BY LIST (kind);
CREATE TABLE events_click PARTITION OF events FOR VALUES IN ('click');
CREATE TABLE events_other PARTITION OF events DEFAULT;
CREATE INDEX events_other_kind ON events_other (kind);
INSERT INTO orders VALUES (1, 'open', '2024-01-01');
