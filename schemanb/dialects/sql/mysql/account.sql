-- The account the privileges were granted to, and the current role (MariaDB; NULL when none).
SELECT CURRENT_USER() AS account, CURRENT_ROLE() AS role_name
