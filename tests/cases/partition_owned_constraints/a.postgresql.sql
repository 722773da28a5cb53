CREATE TABLE customer (id INTEGER PRIMARY KEY, name TEXT NOT NULL);
CREATE TABLE staff (id INTEGER PRIMARY KEY);
CREATE TABLE payment (
    id INTEGER NOT NULL,
    customer_id INTEGER NOT NULL,
    staff_id INTEGER NOT NULL,
    amount NUMERIC(5, 2) NOT NULL,
    paid_on DATE NOT NULL,
    PRIMARY KEY (paid_on, id)
) PARTITION BY RANGE (paid_on);
CREATE INDEX payment_amount ON payment (amount);
CREATE TABLE "Payment 2024" PARTITION OF payment FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE payment_2025 PARTITION OF payment FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE "Payment 2024" ADD CONSTRAINT "Payment 2024 customer" FOREIGN KEY (customer_id) REFERENCES customer (id);
ALTER TABLE "Payment 2024" ADD CONSTRAINT payment_2024_staff_id_fkey FOREIGN KEY (staff_id) REFERENCES staff (id);
CREATE INDEX "Payment 2024 by customer" ON "Payment 2024" (customer_id);
ALTER TABLE payment_2025 ADD CONSTRAINT small_amount CHECK (amount < 500);
CREATE INDEX payment_2025_staff ON payment_2025 (staff_id) WHERE amount > 100;
INSERT INTO customer VALUES (1, 'Ann');
INSERT INTO staff VALUES (1);
INSERT INTO payment VALUES (1, 1, 1, 9.99, '2024-03-01'), (2, 1, 1, 19.99, '2025-03-01');
