CREATE TABLE audit (id INTEGER PRIMARY KEY, auditid VARCHAR(25) NOT NULL, "Mixed Case" TEXT);
INSERT INTO audit (id, auditid, "Mixed Case") VALUES (1, '42', '7');
