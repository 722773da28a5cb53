CREATE TABLE "Orders" (id INTEGER PRIMARY KEY, qty INTEGER, "Unit Price" NUMERIC(10, 2));
CREATE TABLE "Audit Log" (msg TEXT);
CREATE TRIGGER "Before Write" AFTER UPDATE OF qty, "Unit Price" ON "Orders" FOR EACH ROW
  WHEN NEW.qty IS NULL
BEGIN
  -- default the quantity; log it
  INSERT INTO "Audit Log" VALUES ('it''s null: ' || NEW.id);
  UPDATE "Orders" SET qty = 0 WHERE id = NEW.id;
END;
