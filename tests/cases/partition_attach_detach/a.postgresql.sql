CREATE TABLE account (id INTEGER PRIMARY KEY);
CREATE TABLE events (
    id INTEGER NOT NULL,
    account_id INTEGER REFERENCES account (id),
    created DATE NOT NULL,
    note TEXT,
    PRIMARY KEY (id, created)
) PARTITION BY RANGE (created);
CREATE INDEX events_note ON events (note);
CREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01');
CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01');
CREATE TABLE "Events 2025" (
    id INTEGER NOT NULL,
    account_id INTEGER,
    created DATE NOT NULL,
    note TEXT,
    CONSTRAINT "Events 2025_pkey" PRIMARY KEY (id, created),
    CONSTRAINT in_2025 CHECK (created >= '2025-01-01')
);
CREATE INDEX "Events 2025 account" ON "Events 2025" (account_id);
CREATE TABLE log_2024 (line TEXT NOT NULL, at DATE NOT NULL);
INSERT INTO account VALUES (1);
INSERT INTO events VALUES (1, 1, '2023-05-01', 'old'), (2, 1, '2024-05-01', 'a');
INSERT INTO "Events 2025" VALUES (3, 1, '2025-02-01', 'b');
INSERT INTO log_2024 VALUES ('x', '2024-03-03');
