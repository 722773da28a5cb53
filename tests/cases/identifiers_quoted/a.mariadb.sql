CREATE TABLE `we"ird` (id INTEGER PRIMARY KEY, `co``l` INTEGER, `it's` VARCHAR(10), `order` INTEGER);
CREATE INDEX `ix``tick` ON `we"ird` (`co``l`);
CREATE INDEX `ix"dq` ON `we"ird` (`it's`);
INSERT INTO `we"ird` VALUES (1, 2, 'x', 3);
