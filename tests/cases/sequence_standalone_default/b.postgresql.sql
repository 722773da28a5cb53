CREATE TABLE note (id INTEGER PRIMARY KEY, body TEXT);
CREATE SEQUENCE actor_actor_id_seq START WITH 1 INCREMENT BY 1 NO MINVALUE NO MAXVALUE CACHE 1;
CREATE TABLE actor (actor_id INTEGER DEFAULT nextval('actor_actor_id_seq'::regclass) NOT NULL PRIMARY KEY, name TEXT);
CREATE SEQUENCE "payment id seq" AS integer;
CREATE TABLE payment_a (payment_id INTEGER DEFAULT nextval('"payment id seq"'::regclass) NOT NULL PRIMARY KEY);
CREATE TABLE payment_b (payment_id BIGINT DEFAULT nextval('"payment id seq"') NOT NULL PRIMARY KEY, n INTEGER);
