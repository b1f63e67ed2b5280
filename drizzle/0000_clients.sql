CREATE TABLE `clients` (
	`id` text PRIMARY KEY NOT NULL,
	`first_name` text NOT NULL,
	`last_name` text NOT NULL,
	`date_of_birth` text,
	`henkilotunnus` text,
	`phone` text,
	`email` text,
	`municipality` text,
	`treating_unit` text,
	`nurse_name` text,
	`referral_date` text,
	`phase` integer,
	`status` text NOT NULL,
	`search_text` text NOT NULL,
	`archived_at` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `clients_archived_last_name` ON `clients` (`archived_at`,`last_name`);--> statement-breakpoint
CREATE TABLE `settings` (
	`key` text PRIMARY KEY NOT NULL,
	`value` text NOT NULL,
	`updated_at` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')) NOT NULL
);
