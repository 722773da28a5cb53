CREATE TABLE events (
    id integer PRIMARY KEY,
    state_group bigint,
    payload text,
    body text,
    amount numeric(12, 2),
    note text,
    old_col text
);
ALTER TABLE events ALTER COLUMN state_group SET (n_distinct=-0.02);
ALTER TABLE events ALTER COLUMN state_group SET STATISTICS 500;
ALTER TABLE events ALTER COLUMN payload SET STORAGE EXTERNAL;
ALTER TABLE events ALTER COLUMN amount SET STORAGE EXTERNAL;
ALTER TABLE events ALTER COLUMN old_col SET STATISTICS 200;
ALTER TABLE events ALTER COLUMN old_col SET (n_distinct=5);
