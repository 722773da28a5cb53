CREATE TABLE orders (id INTEGER PRIMARY KEY, customer_name VARCHAR(80) NOT NULL, total NUMERIC(10, 2), placed_at DATE);
INSERT INTO orders (id, customer_name) VALUES (1, 'ann'), (2, 'bob');
