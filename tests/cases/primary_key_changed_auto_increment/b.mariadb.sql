CREATE TABLE friends (id BIGINT NOT NULL AUTO_INCREMENT, other_id BIGINT NOT NULL, note VARCHAR(20), PRIMARY KEY (id, other_id));
INSERT INTO friends (other_id, note) VALUES (1, 'a'), (2, 'b');
