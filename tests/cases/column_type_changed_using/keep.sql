-- expect: 42
SELECT auditid FROM audit WHERE id = 1
