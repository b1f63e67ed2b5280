DROP INDEX `clients_archived_last_name`;--> statement-breakpoint
CREATE INDEX `clients_list_order` ON `clients` ("last_name" COLLATE NOCASE,"first_name" COLLATE NOCASE,`id`,`archived_at`,`status`,`phase`,`search_text`);--> statement-breakpoint
CREATE INDEX `clients_caseload` ON `clients` (`phase`,`archived_at`,`status`) WHERE "clients"."archived_at" IS NULL AND "clients"."status" <> 'closed';--> statement-breakpoint
CREATE INDEX `clients_updated` ON `clients` (`updated_at`);--> statement-breakpoint
CREATE INDEX `client_benefits_updated` ON `client_benefits` (`updated_at`,`client_id`);--> statement-breakpoint
CREATE INDEX `contacts_updated` ON `contacts` (`updated_at`,`client_id`);--> statement-breakpoint
CREATE INDEX `form_documents_updated` ON `form_documents` (`updated_at`,`client_id`);--> statement-breakpoint
CREATE INDEX `form_drafts_updated` ON `form_drafts` (`updated_at`);--> statement-breakpoint
CREATE INDEX `form_versions_finalised` ON `form_versions` (`finalised_at`);--> statement-breakpoint
CREATE INDEX `saved_calculations_created` ON `saved_calculations` (`created_at`,`client_id`);