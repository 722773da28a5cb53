CREATE TABLE payment (id INTEGER, amount NUMERIC(5, 2), paid_at DATE);
CREATE TABLE payment_old (id INTEGER, amount NUMERIC(5, 2), paid_at DATE);
CREATE TABLE payment_big (id INTEGER, amount NUMERIC(5, 2), paid_at DATE);
CREATE RULE payment_to_old AS ON INSERT TO payment
  WHERE new.paid_at < '2021-01-01' DO INSTEAD INSERT INTO payment_old VALUES (new.id, new.amount, new.paid_at);
CREATE RULE payment_big AS ON INSERT TO payment
  WHERE new.amount > 100 DO INSTEAD INSERT INTO payment_big VALUES (new.id, new.amount, new.paid_at);
CREATE RULE "no delete" AS ON DELETE TO payment DO INSTEAD NOTHING;
ALTER TABLE payment DISABLE RULE "no delete";
