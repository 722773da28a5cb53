CREATE TABLE orders (id INTEGER NOT NULL, status TEXT NOT NULL, placed DATE NOT NULL) PARTITION BY LIST (status);
CREATE TABLE orders_open PARTITION OF orders FOR VALUES IN ('open');
CREATE TABLE "Orders rest" PARTITION OF orders DEFAULT;
CREATE INDEX "Orders rest by placed" ON "Orders rest" (placed) WHERE status <> 'closed';
CREATE TABLE events (id INTEGER NOT NULL, kind TEXT NOT NULL) PARTITION BY LIST (kind);
CREATE TABLE events_click PARTITION OF events FOR VALUES IN ('click', 'tap');
