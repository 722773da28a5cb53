CREATE TABLE sale (id INTEGER PRIMARY KEY, region TEXT, amount NUMERIC(10, 2));
CREATE MATERIALIZED VIEW totals AS SELECT region, sum(amount) AS total FROM sale GROUP BY region;
CREATE INDEX totals_old ON totals (total);
CREATE MATERIALIZED VIEW recreated AS SELECT region FROM sale;
CREATE UNIQUE INDEX recreated_region ON recreated (region);
