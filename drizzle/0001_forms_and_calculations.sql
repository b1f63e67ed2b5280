CREATE TABLE `benefit_parameter_overrides` (
	`id` text PRIMARY KEY NOT NULL,
	`key` text NOT NULL,
	`valid_from` text NOT NULL,
	`value` real NOT NULL,
	`unit` text NOT NULL,
	`status` text NOT NULL,
	`source` text NOT NULL,
	`note` text,
	`changed_by` text,
	`changed_at` text NOT NULL
);
--> statement-breakpoint
CREATE TABLE `client_benefits` (
	`client_id` text PRIMARY KEY NOT NULL,
	`benefits_json` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `form_documents` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`form_id` text NOT NULL,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `form_documents_client` ON `form_documents` (`client_id`);--> statement-breakpoint
CREATE TABLE `form_drafts` (
	`document_id` text PRIMARY KEY NOT NULL,
	`schema_version` integer NOT NULL,
	`values_json` text NOT NULL,
	`based_on_version_id` text,
	`updated_at` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `form_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `form_signatures` (
	`id` text PRIMARY KEY NOT NULL,
	`version_id` text NOT NULL,
	`content_hash` text NOT NULL,
	`method` text NOT NULL,
	`signer_role` text NOT NULL,
	`signer_name` text NOT NULL,
	`signed_on` text NOT NULL,
	`place` text,
	`image_data_url` text,
	`recorded_at` text NOT NULL,
	FOREIGN KEY (`version_id`) REFERENCES `form_versions`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `form_signatures_version` ON `form_signatures` (`version_id`);--> statement-breakpoint
CREATE TABLE `form_versions` (
	`id` text PRIMARY KEY NOT NULL,
	`document_id` text NOT NULL,
	`version_number` integer NOT NULL,
	`form_id` text NOT NULL,
	`schema_version` integer NOT NULL,
	`values_json` text NOT NULL,
	`content_hash` text NOT NULL,
	`finalised_at` text NOT NULL,
	FOREIGN KEY (`document_id`) REFERENCES `form_documents`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE UNIQUE INDEX `form_versions_document_number` ON `form_versions` (`document_id`,`version_number`);--> statement-breakpoint
CREATE TABLE `saved_calculations` (
	`id` text PRIMARY KEY NOT NULL,
	`client_id` text NOT NULL,
	`month` text NOT NULL,
	`input_json` text NOT NULL,
	`result_json` text NOT NULL,
	`parameters_json` text NOT NULL,
	`created_at` text NOT NULL,
	FOREIGN KEY (`client_id`) REFERENCES `clients`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE INDEX `saved_calculations_client` ON `saved_calculations` (`client_id`);