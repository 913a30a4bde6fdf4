ALTER TABLE `verdicts` ADD `approved_label` text;--> statement-breakpoint
ALTER TABLE `verdicts` ADD `approved_rating` integer;--> statement-breakpoint
UPDATE `verdicts` SET `approved_label` = (SELECT `label` FROM `verdict_scale` WHERE `verdict_scale`.`key` = `verdicts`.`verdict_key`), `approved_rating` = (SELECT `rating_value` FROM `verdict_scale` WHERE `verdict_scale`.`key` = `verdicts`.`verdict_key`) WHERE `state` IN ('approved', 'superseded') AND `verdict_key` IS NOT NULL;
