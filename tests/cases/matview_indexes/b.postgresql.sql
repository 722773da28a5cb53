CREATE TABLE sale (id INTEGER PRIMARY KEY, region TEXT, amount NUMERIC(10, 2));
CREATE MATERIALIZED VIEW totals AS SELECT region, sum(amount) AS total FROM sale GROUP BY region;
CREATE UNIQUE INDEX totals_region ON totals (region);
CREATE INDEX "totals lower" ON totals (lower(region)) WHERE total > 0;
CREATE MATERIALIZED VIEW recreated AS SELECT region, count(*) AS n FROM sale GROUP BY region;
CREATE UNIQUE INDEX recreated_region ON recreated (region);
CREATE MATERIALIZED VIEW fresh AS SELECT id FROM sale;
CREATE INDEX fresh_id ON fresh (id);
