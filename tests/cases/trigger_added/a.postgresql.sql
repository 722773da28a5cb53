CREATE TABLE "Orders" (id INTEGER PRIMARY KEY, qty INTEGER, "Unit Price" NUMERIC(10, 2));
CREATE FUNCTION "touch it"() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  NEW.qty := coalesce(NEW.qty, 0);  -- default the quantity
  RETURN NEW;
END;
$$;
