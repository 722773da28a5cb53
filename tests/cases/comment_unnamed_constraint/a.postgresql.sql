CREATE TABLE p (id INTEGER PRIMARY KEY);
CREATE TABLE t (
    id INTEGER PRIMARY KEY,
    p_id INTEGER REFERENCES p (id),
    code TEXT UNIQUE,
    qty INTEGER CHECK (qty > 0)
);
COMMENT ON CONSTRAINT t_qty_check ON t IS 'Old text';
CREATE TABLE gone (id INTEGER PRIMARY KEY);
COMMENT ON CONSTRAINT gone_pkey ON gone IS 'Dropped with its table';
