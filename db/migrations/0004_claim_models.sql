CREATE TABLE `claim_models` (
	`id` text PRIMARY KEY NOT NULL,
	`created_at` integer NOT NULL,
	`created_by_id` text NOT NULL,
	`base_fingerprint` text NOT NULL,
	`report` text NOT NULL,
	`file` text NOT NULL,
	`decisions` integer NOT NULL,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE no action
);
