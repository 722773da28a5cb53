CREATE TYPE doc_status AS ENUM ('draft', 'approved', 'archived');
CREATE TABLE doc (
    id INTEGER PRIMARY KEY,
    status doc_status NOT NULL,
    email VARCHAR(200) NOT NULL,
    permissions VARCHAR(20)[] NOT NULL DEFAULT '{}'::character varying[],
    price NUMERIC(10, 2) NOT NULL DEFAULT 1.50,
    created TIMESTAMP WITH TIME ZONE DEFAULT now(),
    label TEXT GENERATED ALWAYS AS (lower((email)::text) || ':'::text) STORED,
    CONSTRAINT doc_perm_check CHECK (NOT ('' = ANY (permissions))),
    CONSTRAINT doc_price_check CHECK (price >= 0.00::numeric AND price < '1000'::numeric)
);
CREATE INDEX doc_open ON doc (id) WHERE status IN ('draft', 'approved');
CREATE INDEX doc_email_lower ON doc (lower(email::text), (price::integer));
CREATE VIEW open_doc AS SELECT id, status::text AS status_text, price * 1.2::numeric AS gross FROM doc WHERE status IN ('draft', 'approved');
