CREATE TYPE doc_status AS ENUM ('draft', 'approved', 'archived');
CREATE TABLE doc (
    id INTEGER PRIMARY KEY,
    status doc_status NOT NULL,
    email VARCHAR(200) NOT NULL,
    permissions VARCHAR(20)[] NOT NULL,
    price NUMERIC(10, 2) NOT NULL,
    created TIMESTAMP WITH TIME ZONE
);
INSERT INTO doc VALUES (1, 'draft', 'A@x.org', '{read}', 1.50, NULL);
