-- The words of every claim, for "Checked before" and the archive search: a full-text
-- index (FTS5) over claims.text, kept by triggers, so the desk's whole archive is
-- searched instead of only its newest claims. External content: the text is stored
-- once, in claims.
CREATE VIRTUAL TABLE `claims_fts` USING fts5(`text`, content='claims', content_rowid='rowid', tokenize='unicode61 remove_diacritics 2');
--> statement-breakpoint
INSERT INTO `claims_fts`(`claims_fts`) VALUES ('rebuild');
--> statement-breakpoint
CREATE TRIGGER `claims_fts_after_insert` AFTER INSERT ON `claims` BEGIN
  INSERT INTO `claims_fts`(`rowid`, `text`) VALUES (new.`rowid`, new.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_after_delete` AFTER DELETE ON `claims` BEGIN
  INSERT INTO `claims_fts`(`claims_fts`, `rowid`, `text`) VALUES ('delete', old.`rowid`, old.`text`);
END;
--> statement-breakpoint
CREATE TRIGGER `claims_fts_after_update` AFTER UPDATE OF `text` ON `claims` BEGIN
  INSERT INTO `claims_fts`(`claims_fts`, `rowid`, `text`) VALUES ('delete', old.`rowid`, old.`text`);
  INSERT INTO `claims_fts`(`rowid`, `text`) VALUES (new.`rowid`, new.`text`);
END;
