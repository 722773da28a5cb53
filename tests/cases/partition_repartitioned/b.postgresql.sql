CREATE TABLE orders (
    id SERIAL NOT NULL,
    placed DATE NOT NULL,
    total NUMERIC(8, 2),
    PRIMARY KEY (id, placed)
) PARTITION BY RANGE (placed);
CREATE INDEX orders_total ON orders (total);
CREATE TABLE orders_2024 PARTITION OF orders FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE orders_rest PARTITION OF orders DEFAULT;
CREATE INDEX orders_rest_placed ON orders_rest (placed);
CREATE TABLE order_note (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL, placed DATE NOT NULL,
    FOREIGN KEY (order_id, placed) REFERENCES orders (id, placed));
CREATE TABLE readings (sensor INTEGER NOT NULL, at DATE NOT NULL, value REAL);
CREATE INDEX readings_sensor ON readings (sensor);
CREATE TABLE visits (site TEXT NOT NULL, day DATE NOT NULL) PARTITION BY RANGE (day);
CREATE TABLE visits_2024 PARTITION OF visits FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
