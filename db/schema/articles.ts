import { index, integer, sqliteTable, text, uniqueIndex } from "drizzle-orm/sqlite-core";
import { ARTICLE_STATUSES } from "@/lib/workflow/statuses";
import { createdAt, id, timestamp, version } from "./columns";
import { users } from "./users";

export const articles = sqliteTable(
  "articles",
  {
    id: id(),
    title: text("title").notNull(),
    byline: text("byline").notNull().default(""),
    sourceUrl: text("source_url"),
    deadline: timestamp("deadline"),
    status: text("status", { enum: ARTICLE_STATUSES }).notNull().default("draft"),
    /** When an editor marked it published (the record's "Published" line and JSON-LD datePublished). */
    publishedAt: timestamp("published_at"),
    /** The Tiptap document as JSON, and the plain text claims are anchored to. */
    bodyJson: text("body_json").notNull(),
    bodyText: text("body_text").notNull(),
    revisionNumber: integer("revision_number").notNull().default(1),
    createdById: text("created_by_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
    updatedAt: timestamp("updated_at").notNull(),
    version: version(),
  },
  (t) => [index("articles_updated_idx").on(t.updatedAt), index("articles_deadline_idx").on(t.deadline)],
);

/** Every save of an article, so any two can be compared word by word. */
export const articleRevisions = sqliteTable(
  "article_revisions",
  {
    id: id(),
    articleId: text("article_id")
      .notNull()
      .references(() => articles.id, { onDelete: "cascade" }),
    number: integer("number").notNull(),
    title: text("title").notNull(),
    bodyJson: text("body_json").notNull(),
    bodyText: text("body_text").notNull(),
    authorId: text("author_id")
      .notNull()
      .references(() => users.id),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex("article_revisions_number_unique").on(t.articleId, t.number)],
);
