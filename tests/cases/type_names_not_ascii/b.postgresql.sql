CREATE TYPE "état" AS ENUM ('prêt', 'fini');
CREATE DOMAIN "a<b" AS INTEGER CHECK (VALUE > 0);
CREATE TYPE "50%;x" AS (n INTEGER, "état" "état");
CREATE TABLE t (id INTEGER PRIMARY KEY, s "état" DEFAULT 'prêt', d "a<b", c "50%;x", arr "état"[]);
