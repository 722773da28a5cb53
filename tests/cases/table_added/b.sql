CREATE TABLE "users" (id INTEGER PRIMARY KEY, name VARCHAR(50));
CREATE TABLE "MixedCase" (id INTEGER PRIMARY KEY, user_id INTEGER, note TEXT, CONSTRAINT fk_mc_user FOREIGN KEY (user_id) REFERENCES users (id));
CREATE INDEX ix_mc_user ON "MixedCase" (user_id);
