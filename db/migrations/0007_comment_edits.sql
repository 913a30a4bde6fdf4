ALTER TABLE `comments` ADD `edited_at` integer;--> statement-breakpoint
ALTER TABLE `comments` ADD `removed_at` integer;--> statement-breakpoint
ALTER TABLE `comments` ADD `removed_by_id` text REFERENCES users(id);--> statement-breakpoint
ALTER TABLE `comments` ADD `version` integer DEFAULT 1 NOT NULL;