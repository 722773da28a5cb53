CREATE TABLE account (id INT PRIMARY KEY, name VARCHAR(40), secret VARCHAR(40) INVISIBLE DEFAULT 'x', audit INT UNSIGNED);
INSERT INTO account (id, name, secret) VALUES (1, 'kept', 'hidden');
