CREATE TABLE `client_search_keys` (
	`key` integer PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `client_search_keys_client_id_unique` ON `client_search_keys` (`client_id`);--> statement-breakpoint
-- Hand-written below (drizzle-kit does not model virtual tables or triggers): the client search index.
-- A contentless FTS5 table with the trigram tokenizer matches any substring of 3+ characters of the folded
-- search text (names, municipality, nurse) without scanning every client; its rowid is the client's search key.
CREATE VIRTUAL TABLE `clients_fts` USING fts5(search_text, tokenize = 'trigram', content = '', contentless_delete = 1);
--> statement-breakpoint
INSERT INTO `client_search_keys` (`client_id`) SELECT `id` FROM `clients` ORDER BY `created_at`, `id`;
--> statement-breakpoint
INSERT INTO `clients_fts` (`rowid`, `search_text`)
  SELECT k.`key`, c.`search_text` FROM `clients` c JOIN `client_search_keys` k ON k.`client_id` = c.`id`;
--> statement-breakpoint
CREATE TRIGGER `clients_fts_insert` AFTER INSERT ON `clients` BEGIN
  INSERT INTO `client_search_keys` (`client_id`) VALUES (new.`id`);
  INSERT INTO `clients_fts` (`rowid`, `search_text`)
    VALUES ((SELECT `key` FROM `client_search_keys` WHERE `client_id` = new.`id`), new.`search_text`);
END;
--> statement-breakpoint
CREATE TRIGGER `clients_fts_update` AFTER UPDATE OF `search_text` ON `clients` BEGIN
  DELETE FROM `clients_fts` WHERE `rowid` = (SELECT `key` FROM `client_search_keys` WHERE `client_id` = old.`id`);
  INSERT INTO `clients_fts` (`rowid`, `search_text`)
    VALUES ((SELECT `key` FROM `client_search_keys` WHERE `client_id` = new.`id`), new.`search_text`);
END;
--> statement-breakpoint
CREATE TRIGGER `clients_fts_delete` AFTER DELETE ON `clients` BEGIN
  DELETE FROM `clients_fts` WHERE `rowid` = (SELECT `key` FROM `client_search_keys` WHERE `client_id` = old.`id`);
  DELETE FROM `client_search_keys` WHERE `client_id` = old.`id`;
END;
