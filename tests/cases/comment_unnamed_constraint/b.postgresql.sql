CREATE TABLE p (id INTEGER PRIMARY KEY);
CREATE TABLE t (
    id INTEGER PRIMARY KEY,
    p_id INTEGER REFERENCES p (id),
    code TEXT UNIQUE,
    qty INTEGER CHECK (qty > 0)
);
COMMENT ON CONSTRAINT t_pkey ON t IS 'The key';
COMMENT ON CONSTRAINT t_p_id_fkey ON t IS 'Its parent';
COMMENT ON CONSTRAINT t_code_key ON t IS 'One code each';
COMMENT ON CONSTRAINT t_qty_check ON t IS 'Positive';
CREATE TABLE born (id INTEGER PRIMARY KEY, n INTEGER CHECK (n > 0));
COMMENT ON CONSTRAINT born_pkey ON born IS 'New key';
COMMENT ON CONSTRAINT born_n_check ON born IS 'New check';
