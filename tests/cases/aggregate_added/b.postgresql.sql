CREATE TABLE actor (id INTEGER PRIMARY KEY, name TEXT NOT NULL, score NUMERIC);
CREATE FUNCTION _group_concat(text, text) RETURNS text LANGUAGE sql IMMUTABLE AS $_$
SELECT CASE
  WHEN $2 IS NULL THEN $1
  WHEN $1 IS NULL THEN $2
  ELSE $1 || ', ' || $2
END
$_$;
CREATE AGGREGATE group_concat(text) (SFUNC = _group_concat, STYPE = text);
CREATE FUNCTION "avg step"(state NUMERIC[], v NUMERIC) RETURNS NUMERIC[] LANGUAGE sql IMMUTABLE
  RETURN ARRAY[state[1] + coalesce(v, 0), state[2] + 1];
CREATE FUNCTION avg_final(state NUMERIC[]) RETURNS NUMERIC LANGUAGE sql IMMUTABLE STRICT
  RETURN CASE WHEN state[2] = 0 THEN NULL ELSE state[1] / state[2] END;
CREATE AGGREGATE "Mean"(NUMERIC) (SFUNC = "avg step", STYPE = NUMERIC[], FINALFUNC = avg_final,
  INITCOND = '{0,0}', PARALLEL = SAFE);
CREATE VIEW actor_names AS SELECT group_concat(name) AS names, "Mean"(score) AS mean FROM actor;
