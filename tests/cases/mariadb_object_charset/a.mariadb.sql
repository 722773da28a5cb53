SET NAMES latin1;
CREATE TABLE note (id INT PRIMARY KEY, body VARCHAR(100), seen DATETIME);
CREATE TRIGGER note_stamp BEFORE INSERT ON note FOR EACH ROW SET NEW.seen = NOW();
CREATE PROCEDURE note_tag(IN p_id INT) UPDATE note SET body = CONCAT('tag:', body) WHERE id = p_id;
CREATE VIEW note_tagged AS SELECT id, CONCAT('tag:', body) AS label FROM note;
CREATE EVENT note_purge ON SCHEDULE EVERY 1 DAY STARTS '2030-01-01 03:00:00' DO DELETE FROM note WHERE body = 'old';
