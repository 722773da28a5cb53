CREATE TABLE orders (
    id SERIAL NOT NULL,
    placed DATE NOT NULL,
    total NUMERIC(8, 2),
    PRIMARY KEY (id, placed)
);
CREATE INDEX orders_total ON orders (total);
CREATE TABLE order_note (id INTEGER PRIMARY KEY, order_id INTEGER NOT NULL, placed DATE NOT NULL,
    FOREIGN KEY (order_id, placed) REFERENCES orders (id, placed));
CREATE TABLE readings (sensor INTEGER NOT NULL, at DATE NOT NULL, value REAL) PARTITION BY RANGE (at);
CREATE TABLE readings_2024 PARTITION OF readings FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE INDEX readings_2024_sensor ON readings_2024 (sensor);
CREATE TABLE visits (site TEXT NOT NULL, day DATE NOT NULL) PARTITION BY LIST (site);
CREATE TABLE visits_a PARTITION OF visits FOR VALUES IN ('a');
INSERT INTO orders (placed, total) VALUES ('2024-02-01', 10), ('2025-03-01', 20);
INSERT INTO order_note VALUES (1, 1, '2024-02-01');
INSERT INTO readings VALUES (1, '2024-06-01', 1.5);
INSERT INTO visits VALUES ('a', '2024-01-05');
