CREATE TABLE `audit_log` (
	`seq` integer PRIMARY KEY NOT NULL,
	`at` text NOT NULL,
	`action` text NOT NULL,
	`client_id` text,
	`method` text,
	`object_id` text,
	`detail_json` text,
	`content_hash` text NOT NULL,
	`prev_hash` text NOT NULL,
	`hash` text NOT NULL,
	`redacted` integer DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE INDEX `audit_log_client` ON `audit_log` (`client_id`,`seq`);--> statement-breakpoint
-- Append-only: rows are never deleted. (Written by hand: drizzle-kit does not model triggers.)
CREATE TRIGGER `audit_log_no_delete` BEFORE DELETE ON `audit_log` BEGIN
  SELECT RAISE(ABORT, 'audit_log is append-only');
END;
--> statement-breakpoint
-- The one permitted change: redacting a permanently deleted client's row. Client, method, object and detail are
-- nulled and the row marked; sequence, time, action and every hash stay, so the chain still verifies.
CREATE TRIGGER `audit_log_redact_only` BEFORE UPDATE ON `audit_log`
WHEN NOT (
  old.`redacted` = 0 AND new.`redacted` = 1
  AND new.`client_id` IS NULL AND new.`method` IS NULL AND new.`object_id` IS NULL AND new.`detail_json` IS NULL
  AND new.`seq` = old.`seq` AND new.`at` = old.`at` AND new.`action` = old.`action`
  AND new.`content_hash` = old.`content_hash` AND new.`prev_hash` = old.`prev_hash` AND new.`hash` = old.`hash`
)
BEGIN
  SELECT RAISE(ABORT, 'audit_log rows can only be redacted');
END;
