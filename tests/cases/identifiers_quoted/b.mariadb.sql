CREATE TABLE `we"ird` (id INTEGER PRIMARY KEY, `co``l` INTEGER, `it's` VARCHAR(10), `order` INTEGER, `new``c` INTEGER, CONSTRAINT `ck``o` CHECK (`order` > 0 AND `co``l` >= 0));
CREATE INDEX `ix``tick` ON `we"ird` (`co``l`, `order`);
CREATE UNIQUE INDEX `ux``b` ON `we"ird` (`it's`, `new``c`);
CREATE TABLE `ch``ild` (id INTEGER PRIMARY KEY, `p``id` INTEGER, CONSTRAINT `fk``p` FOREIGN KEY (`p``id`) REFERENCES `we"ird` (id));
CREATE VIEW `v``w` AS SELECT `co``l`, `it's` FROM `we"ird`;
