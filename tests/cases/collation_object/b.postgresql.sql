CREATE COLLATION "case insensitive" (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION "changed" (provider = icu, locale = 'fr');
CREATE COLLATION posix_c (provider = libc, locale = 'C');
CREATE TABLE person (id INTEGER PRIMARY KEY, email TEXT COLLATE "case insensitive", name TEXT COLLATE "changed", code VARCHAR(10) COLLATE posix_c);
