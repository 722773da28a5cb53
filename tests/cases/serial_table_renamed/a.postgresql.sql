CREATE TABLE globalblacklist (id SERIAL PRIMARY KEY, prefix VARCHAR(64) NOT NULL, whitelist SMALLINT NOT NULL, description VARCHAR(255), code BIGSERIAL NOT NULL);
INSERT INTO globalblacklist (prefix, whitelist) VALUES ('1', 0), ('2', 1);
CREATE TABLE counter (n SERIAL PRIMARY KEY, label TEXT);
