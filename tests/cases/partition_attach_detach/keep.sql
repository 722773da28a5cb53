-- expect: 5
SELECT (SELECT count(*) FROM events) + (SELECT count(*) FROM events_2023) + (SELECT count(*) FROM log) + (SELECT count(*) FROM log_2024)
