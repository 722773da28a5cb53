DO $$ BEGIN
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pgrls_reader') THEN CREATE ROLE pgrls_reader NOLOGIN; END IF;
  IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'pgrls_writer') THEN CREATE ROLE pgrls_writer NOLOGIN; END IF;
END $$;
CREATE TABLE doc (id INTEGER PRIMARY KEY, owner TEXT NOT NULL, published BOOLEAN NOT NULL DEFAULT false, tenant INTEGER);
ALTER TABLE doc ENABLE ROW LEVEL SECURITY;
CREATE POLICY "own docs" ON doc FOR ALL TO pgrls_writer USING (owner = current_user) WITH CHECK (owner = current_user);
CREATE POLICY published ON doc FOR SELECT USING (published);
CREATE POLICY gone ON doc AS RESTRICTIVE FOR DELETE TO pgrls_reader, pgrls_writer USING (tenant IS NOT NULL);
CREATE POLICY recreated ON doc FOR UPDATE USING (true);
COMMENT ON POLICY published ON doc IS 'anyone reads published docs';
CREATE TABLE note (id INTEGER PRIMARY KEY, author TEXT, score INTEGER, legacy TEXT);
ALTER TABLE note ENABLE ROW LEVEL SECURITY;
CREATE POLICY note_score ON note FOR SELECT USING (score > 0);
CREATE POLICY note_legacy ON note FOR UPDATE USING (legacy IS NULL);
