-- The parameters of every stored routine of the given schemas, in order
-- (position 0, a function's result, is left out: routines.sql has it).
SELECT specific_schema AS schema_name,
       specific_name AS name,
       routine_type AS kind,
       ordinal_position AS position,
       parameter_mode AS mode,
       parameter_name AS parameter,
       dtd_identifier AS type_sql
FROM information_schema.parameters
WHERE specific_schema IN :schemas
  AND ordinal_position > 0
ORDER BY specific_schema, specific_name, ordinal_position
