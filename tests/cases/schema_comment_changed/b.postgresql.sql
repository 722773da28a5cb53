CREATE SCHEMA sales;
COMMENT ON SCHEMA sales IS 'Orders and what they hold';
CREATE SCHEMA hr;
COMMENT ON SCHEMA hr IS 'It''s people';
CREATE SCHEMA archive;
CREATE TABLE sales.orders (id INTEGER PRIMARY KEY);
