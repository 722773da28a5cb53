CREATE TABLE item (id INTEGER PRIMARY KEY, qty INTEGER);
CREATE VIEW "Big Items" AS SELECT id FROM item WHERE qty > 10;
CREATE VIEW small_items AS SELECT id FROM item WHERE qty < 2;
CREATE MATERIALIZED VIEW item_count AS SELECT count(*) AS n FROM item;
COMMENT ON VIEW "Big Items" IS 'old';
COMMENT ON VIEW small_items IS 'goes away';
