CREATE TYPE "État" AS ENUM ('low', 'high');
CREATE TABLE "T t" (id INTEGER PRIMARY KEY, "É" "État" DEFAULT 'low');
INSERT INTO "T t" VALUES (1, 'high');
