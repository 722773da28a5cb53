CREATE TABLE customer (id INTEGER PRIMARY KEY);
CREATE TABLE payment (
  payment_id SERIAL NOT NULL,
  customer_id INTEGER NOT NULL REFERENCES customer (id),
  amount NUMERIC(5, 2) NOT NULL DEFAULT 0,
  paid_at TIMESTAMP NOT NULL,
  CONSTRAINT payment_amount_check CHECK (amount >= 0)
);
CREATE TABLE payment_2024 (
  CONSTRAINT payment_2024_paid_at_check CHECK (paid_at >= '2024-01-01' AND paid_at < '2025-01-01')
) INHERITS (payment);
ALTER TABLE payment_2024 ADD PRIMARY KEY (payment_id);
ALTER TABLE payment_2024 ADD FOREIGN KEY (customer_id) REFERENCES customer (id);
CREATE INDEX payment_2024_paid_at_idx ON payment_2024 (paid_at);
CREATE TABLE "Audited" (changed_by TEXT NOT NULL DEFAULT CURRENT_USER);
CREATE TABLE payment_audited (
  note TEXT,
  amount NUMERIC(5, 2) NOT NULL DEFAULT 1,
  CONSTRAINT payment_amount_check CHECK (amount >= 0),
  CONSTRAINT note_short CHECK (length(note) < 100)
) INHERITS (payment, "Audited");
CREATE TABLE payment_audited_old () INHERITS (payment_audited);
