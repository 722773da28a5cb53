CREATE TABLE film (id INT PRIMARY KEY, title VARCHAR(50) NOT NULL);
INSERT INTO film VALUES (1, 'one');
CREATE TABLE film_log (id INT, note VARCHAR(50));
SET NAMES utf8mb3;
CREATE VIEW film_label AS SELECT id, CONCAT(title, _utf8mb3' ', 'film') AS label FROM film;
SET NAMES utf8mb4;
DELIMITER ;;
CREATE FUNCTION in_stock(p_id INT) RETURNS BOOLEAN
    READS SQL DATA
BEGIN
  RETURN EXISTS (SELECT 1 FROM film WHERE id = p_id);
END ;;
CREATE PROCEDURE film_count(
    IN p_min INT
    , OUT p_count INT)
    READS SQL DATA
BEGIN
  SELECT COUNT(*) INTO p_count FROM film WHERE id >= p_min;
END ;;
CREATE TRIGGER `ins_film` AFTER INSERT ON `film` FOR EACH ROW BEGIN
  INSERT INTO film_log (id, note) VALUES (new.id, 'added');
END ;;
DELIMITER ;
