CREATE SEQUENCE ticket_seq;
CREATE TABLE ticket (id BIGINT DEFAULT nextval('ticket_seq') PRIMARY KEY, title TEXT);
INSERT INTO ticket (title) VALUES ('a'), ('b');
