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
CREATE TABLE measurement_2024_us PARTITION OF measurement_2024 FOR VALUES IN ('us');
CREATE INDEX measurement_2024_peak ON measurement_2024 (peak);
CREATE INDEX measurement_2024_us_city ON measurement_2024_us (city_id);
CREATE TABLE measurement_2025 PARTITION OF measurement FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
INSERT INTO measurement VALUES (1, 'eu', '2024-05-01', 30), (2, 'us', '2024-06-01', 31);
