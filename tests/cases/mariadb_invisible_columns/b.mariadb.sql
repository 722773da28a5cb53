CREATE TABLE account (id INT PRIMARY KEY, name VARCHAR(40), secret VARCHAR(40) DEFAULT 'x', audit INT UNSIGNED INVISIBLE COMMENT 'who', token CHAR(8) INVISIBLE NOT NULL DEFAULT 'none');
INSERT INTO account (id, name, secret) VALUES (1, 'kept', 'hidden');
