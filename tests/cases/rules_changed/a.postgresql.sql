CREATE TABLE payment (id INTEGER, amount NUMERIC(5, 2), paid_at DATE);
CREATE TABLE payment_old (id INTEGER, amount NUMERIC(5, 2), paid_at DATE);
CREATE TABLE audit (id INTEGER);
CREATE RULE payment_to_old AS ON INSERT TO payment
  WHERE new.paid_at < '2020-01-01' DO INSTEAD INSERT INTO payment_old VALUES (new.id, new.amount, new.paid_at);
CREATE RULE "no delete" AS ON DELETE TO payment DO INSTEAD NOTHING;
CREATE RULE audit_update AS ON UPDATE TO payment DO ALSO INSERT INTO audit VALUES (new.id);
