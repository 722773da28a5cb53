CREATE TABLE t (id INTEGER PRIMARY KEY);
COMMENT ON SCHEMA public IS 'The application''s own tables';
