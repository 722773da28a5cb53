-- MariaDB: each routine's parameter list and result type as written (mysql.proc
-- keeps them; information_schema re-types them). MySQL 8 has no mysql.proc: the
-- query fails there and the canonical form is used.
SELECT p.db AS schema_name,
       p.name AS name,
       p.type AS kind,
       p.param_list AS param_list,
       p.returns AS returns
FROM mysql.proc p
WHERE p.db IN :schemas
