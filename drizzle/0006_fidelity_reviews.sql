CREATE TABLE `fidelity_review_items` (
	`review_id` text NOT NULL,
	`item` integer NOT NULL,
	`score` integer,
	`note` text,
	PRIMARY KEY(`review_id`, `item`),
	FOREIGN KEY (`review_id`) REFERENCES `fidelity_reviews`(`id`) ON UPDATE no action ON DELETE no action
);
--> statement-breakpoint
CREATE TABLE `fidelity_reviews` (
	`id` text PRIMARY KEY NOT NULL,
	`reviewed_on` text NOT NULL,
	`review_type` text NOT NULL,
	`unit` text,
	`reviewers` text,
	`employment_specialists` real NOT NULL,
	`strengths` text,
	`action_plan` text,
	`prefill_json` text,
	`created_at` text NOT NULL,
	`updated_at` text NOT NULL
);
--> statement-breakpoint
CREATE INDEX `fidelity_reviews_reviewed_on` ON `fidelity_reviews` (`reviewed_on`);