CREATE TABLE events (
    id integer PRIMARY KEY,
    state_group bigint,
    payload text,
    body text,
    amount numeric(12, 2),
    note text,
    extra text
);
ALTER TABLE events ALTER COLUMN state_group SET (n_distinct=-0.05, n_distinct_inherited=-0.1);
ALTER TABLE events ALTER COLUMN body SET STORAGE MAIN;
ALTER TABLE events ALTER COLUMN note SET STATISTICS 1000;
ALTER TABLE events ALTER COLUMN extra SET STORAGE EXTERNAL;
ALTER TABLE events ALTER COLUMN extra SET (n_distinct=10);
CREATE TABLE state_groups (
    id bigint PRIMARY KEY,
    room_id text NOT NULL
);
ALTER TABLE state_groups ALTER COLUMN room_id SET (n_distinct=-0.3);
ALTER TABLE state_groups ALTER COLUMN room_id SET STATISTICS 2000;
