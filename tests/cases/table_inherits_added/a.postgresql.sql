CREATE TABLE customer (id INTEGER PRIMARY KEY);
CREATE TABLE payment (
  payment_id SERIAL NOT NULL,
  customer_id INTEGER NOT NULL REFERENCES customer (id),
  amount NUMERIC(5, 2) NOT NULL DEFAULT 0,
  paid_at TIMESTAMP NOT NULL,
  CONSTRAINT payment_amount_check CHECK (amount >= 0)
);
