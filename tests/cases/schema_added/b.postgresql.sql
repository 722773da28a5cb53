CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE SCHEMA sales;
COMMENT ON SCHEMA sales IS 'Orders and what they hold';
CREATE TYPE sales.status AS ENUM ('new', 'paid', 'shipped');
CREATE SEQUENCE sales.order_no START 1000;
CREATE TABLE sales.orders (
    id INTEGER PRIMARY KEY,
    order_no BIGINT NOT NULL DEFAULT nextval('sales.order_no'),
    status sales.status NOT NULL DEFAULT 'new',
    customer_id INTEGER NOT NULL REFERENCES customer (id)
);
CREATE INDEX orders_customer ON sales.orders (customer_id);
CREATE VIEW sales.open_orders AS SELECT id, customer_id FROM sales.orders WHERE status = 'new';
CREATE SCHEMA "Back Office";
CREATE TABLE "Back Office".invoice (
    id INTEGER PRIMARY KEY,
    order_id INTEGER NOT NULL REFERENCES sales.orders (id)
);
CREATE TABLE refund (id INTEGER PRIMARY KEY, invoice_id INTEGER REFERENCES "Back Office".invoice (id));
