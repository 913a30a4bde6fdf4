ALTER TABLE `assignments` ADD `more_time_until` integer;--> statement-breakpoint
ALTER TABLE `assignments` ADD `more_time_reason` text;--> statement-breakpoint
ALTER TABLE `assignments` ADD `more_time_asked_at` integer;