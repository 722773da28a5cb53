CREATE COLLATION old_ci (provider = icu, locale = 'und-u-ks-level2', deterministic = false);
CREATE COLLATION "changed" (provider = icu, locale = 'de-u-co-phonebk');
CREATE TABLE person (id INTEGER PRIMARY KEY, email TEXT COLLATE old_ci, name TEXT);
