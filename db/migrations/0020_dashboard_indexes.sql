DROP INDEX `claims_status_idx`;--> statement-breakpoint
CREATE INDEX `claims_status_article_idx` ON `claims` (`status`,`article_id`);--> statement-breakpoint
CREATE INDEX `claims_orphaned_idx` ON `claims` (`article_id`,`status`) WHERE "claims"."anchor_state" = 'orphaned';--> statement-breakpoint
CREATE INDEX `assignments_active_due_idx` ON `assignments` (`due_at`) WHERE "assignments"."active" = 1;