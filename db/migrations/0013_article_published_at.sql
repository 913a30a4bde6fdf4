ALTER TABLE `articles` ADD `published_at` integer;--> statement-breakpoint
-- Articles published before this column: the time the audit trail says they were marked published.
UPDATE `articles` SET `published_at` = (
  SELECT max(`created_at`) FROM `audit_events`
  WHERE `entity_type` = 'article' AND `entity_id` = `articles`.`id` AND `action` = 'article.published'
) WHERE `status` = 'published';
