CREATE TABLE item (id INTEGER PRIMARY KEY, qty INTEGER);
CREATE VIEW "Big Items" AS SELECT id FROM item WHERE qty > 10;
CREATE VIEW small_items AS SELECT id FROM item WHERE qty < 2;
CREATE MATERIALIZED VIEW item_count AS SELECT count(*) AS n FROM item;
CREATE VIEW new_items AS SELECT id FROM item WHERE qty = 0;
COMMENT ON VIEW "Big Items" IS 'it''s new';
COMMENT ON MATERIALIZED VIEW item_count IS 'counted';
COMMENT ON VIEW new_items IS 'made with a comment';
