import { integer, sqliteTable, text } from "drizzle-orm/sqlite-core";
import { createdAt, id } from "./columns";
import { users } from "./users";

/**
 * Claim-finder models adapted to the desk's own decisions (lib/claims/adapt.ts).
 * Rows are kept after another model is adopted, so the admin page can go back to
 * one; which one "Find claims" uses is the setting `claims.model_id` (none: the
 * shipped model).
 */
export const claimModels = sqliteTable("claim_models", {
  id: id(),
  createdAt: createdAt(),
  createdById: text("created_by_id")
    .notNull()
    .references(() => users.id),
  /** Fingerprint of the shipped weights it was adapted from: a new release's featurizer makes it unusable. */
  baseFingerprint: text("base_fingerprint").notNull(),
  /** The adaptation report (lib/claims/adapt.ts AdaptationReport), as JSON. */
  report: text("report").notNull(),
  /** The model in the shipped JSON shape (lib/claims/model.ts ModelFile): about 700 KB. */
  file: text("file").notNull(),
  decisions: integer("decisions").notNull(),
});
