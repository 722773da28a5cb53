CREATE TABLE "Orders" (id INTEGER PRIMARY KEY, qty INTEGER, "Unit Price" NUMERIC(10, 2));
CREATE FUNCTION "touch it"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.qty := coalesce(NEW.qty, 0);  -- default the quantity
  RETURN NEW;
END;
$$;
CREATE TRIGGER "Before Write" BEFORE INSERT OR UPDATE OF qty, "Unit Price" ON "Orders"
  FOR EACH ROW WHEN (NEW.qty IS NULL) EXECUTE FUNCTION "touch it"('it''s');
ALTER TABLE "Orders" DISABLE TRIGGER "Before Write";
