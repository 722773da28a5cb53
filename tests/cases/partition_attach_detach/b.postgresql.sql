CREATE TABLE account (id INTEGER PRIMARY KEY);
CREATE TABLE events (
    id INTEGER NOT NULL,
    account_id INTEGER REFERENCES account (id),
    created DATE NOT NULL,
    note TEXT,
    PRIMARY KEY (id, created)
) PARTITION BY RANGE (created);
CREATE INDEX events_note ON events (note);
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE "Events 2025" PARTITION OF events FOR VALUES FROM ('2025-01-01') TO ('2026-01-01');
ALTER TABLE "Events 2025" ADD CONSTRAINT in_2025 CHECK (created >= '2025-01-01');
CREATE INDEX "Events 2025 account" ON "Events 2025" (account_id);
CREATE TABLE events_2023 (
    id INTEGER NOT NULL,
    account_id INTEGER,
    created DATE NOT NULL,
    note TEXT,
    CONSTRAINT events_2023_pkey PRIMARY KEY (id, created)
);
CREATE TABLE log (line TEXT NOT NULL, at DATE NOT NULL) PARTITION BY RANGE (at);
CREATE TABLE log_2024 PARTITION OF log FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
