CREATE TYPE "État" AS ENUM ('high', 'mid', 'low');
CREATE TABLE "T t" (id INTEGER PRIMARY KEY, "É" "État" DEFAULT 'low');
