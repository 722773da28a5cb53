CREATE FUNCTION f(x integer) RETURNS integer LANGUAGE sql IMMUTABLE LEAKPROOF COST 5 AS $$ SELECT x $$;
CREATE FUNCTION g() RETURNS SETOF integer LANGUAGE sql ROWS 10 AS $$ SELECT 1 $$;
CREATE FUNCTION h() RETURNS void LANGUAGE plpgsql SET search_path = public, pg_temp SET statement_timeout = '5s' AS $$ BEGIN END $$;
CREATE FUNCTION k() RETURNS text LANGUAGE sql STABLE COST 1000 SET "TimeZone" = 'UTC' AS $$ SELECT now()::text $$;
CREATE PROCEDURE p() LANGUAGE plpgsql SET search_path = public AS $$ BEGIN END $$;
