CREATE TABLE measurement (
    city_id INTEGER NOT NULL,
    region TEXT NOT NULL,
    logdate DATE NOT NULL,
    peak INTEGER,
    PRIMARY KEY (logdate, region, city_id)
) PARTITION BY RANGE (logdate);
CREATE TABLE measurement_2024 PARTITION OF measurement
    FOR VALUES FROM ('2024-01-01') TO ('2025-01-01') PARTITION BY LIST (region);
CREATE TABLE "measurement_2024 eu" PARTITION OF measurement_2024 FOR VALUES IN ('eu', 'uk');
CREATE TABLE measurement_2024_asia PARTITION OF measurement_2024 FOR VALUES IN ('jp', 'kr')
    PARTITION BY RANGE (city_id);
CREATE TABLE measurement_2024_asia_low PARTITION OF measurement_2024_asia FOR VALUES FROM (0) TO (1000);
CREATE INDEX measurement_2024_asia_low_peak ON measurement_2024_asia_low (peak);
CREATE TABLE measurement_2024_rest PARTITION OF measurement_2024 DEFAULT;
CREATE INDEX measurement_2024_region ON measurement_2024 (region);
CREATE TABLE measurement_2025 PARTITION OF measurement
    FOR VALUES FROM ('2025-01-01') TO ('2026-01-01') PARTITION BY HASH (city_id);
CREATE TABLE measurement_2025_0 PARTITION OF measurement_2025 FOR VALUES WITH (MODULUS 2, REMAINDER 0);
CREATE TABLE measurement_2025_1 PARTITION OF measurement_2025 FOR VALUES WITH (MODULUS 2, REMAINDER 1);
CREATE TABLE measurement_2026 PARTITION OF measurement
    FOR VALUES FROM ('2026-01-01') TO ('2027-01-01') PARTITION BY LIST (region);
CREATE TABLE measurement_2026_eu PARTITION OF measurement_2026 FOR VALUES IN ('eu');
CREATE TABLE measurement_2026_other PARTITION OF measurement_2026 DEFAULT;
ALTER TABLE measurement_2026_eu ADD CONSTRAINT measurement_2026_eu_peak CHECK (peak < 60);
