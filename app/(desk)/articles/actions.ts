"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { createArticle } from "@/db/queries/articles";
import { listClaimsForArticle } from "@/db/queries/claims";
import { activeClaimModel } from "@/db/queries/claim-models";
import { restoreArticle, spikeArticle } from "@/db/queries/spike";
import { acceptAllSuggested, undoAcceptAll, type AcceptedClaim } from "@/db/queries/accept-all";
import { decideClaim, markClaim, respanClaim, type CurationResult, type MarkResult } from "@/db/queries/curation";
import { holdsArticle, publishArticleIfReady, replaceSuggestions, saveArticle } from "@/db/queries/workspace";
import { getArticle } from "@/db/queries/articles";
import { proposeClaims } from "@/lib/articles/proposals";
import {
  articleIdSchema,
  createArticleSchema,
  decideClaimSchema,
  DISMISS_NEEDS_REASON,
  importUrlSchema,
  markClaimSchema,
  respanClaimSchema,
  saveArticleSchema,
  undoAcceptAllSchema,
} from "@/lib/articles/schemas";
import { acceptedAllMessage, undoneAcceptAllMessage } from "@/lib/articles/workspace-messages";
import { shorten } from "@/lib/text/shorten";
import { authedAction, type ActionResult } from "@/lib/auth/guards";
import { env } from "@/lib/env";
import { fetchArticleFromUrl, isIntakeError } from "@/lib/intake";
import { extractArticleOffThread, importFileOffThread } from "@/lib/intake/off-thread";
import { formFile } from "@/lib/http/form-text";

const CONFLICT_MESSAGE = "This claim changed since you opened it. The page now shows the current state; nothing was overwritten.";

/** How many times Find claims reads the text again when someone saves it while the finder runs. */
const FIND_TRIES = 3;

/**
 * Runs the claim finder on the article's saved text and stores its suggestions
 * in place of the open ones. `count` is every suggestion now open; `fresh` those
 * not already suggested on the same passage before this run (a second run mostly
 * finds the first's again). Null when the text kept changing under the finder.
 */
async function findAndStore(articleId: string, actorId: string): Promise<{ count: number; fresh: number } | null> {
  const db = getDb();
  for (let attempt = 0; attempt < FIND_TRIES; attempt++) {
    const article = await getArticle(db, articleId);
    if (!article) return { count: 0, fresh: 0 };
    const [existing, model] = await Promise.all([listClaimsForArticle(db, articleId), activeClaimModel(db)]);
    const proposals = proposeClaims(article.bodyText, existing, model);
    const before = new Set(existing.filter((c) => c.status === "proposed").map((c) => `${c.start}:${c.exact}`));
    // Someone saved the article while the finder read it: read the new text and run again.
    const count = await replaceSuggestions(db, { articleId, revision: article.revisionNumber, proposals, actorId });
    if (count !== null) return { count, fresh: proposals.filter((p) => !before.has(`${p.start}:${p.exact}`)).length };
  }
  return null;
}

const create = authedAction("articles.edit", createArticleSchema, async (input, user) => {
  const bodyJson = JSON.stringify(input.body.doc);
  const { id, replayed } = await createArticle(getDb(), { ...input.fields, bodyJson, bodyText: input.body.text, authorId: user.id, requestKey: input.requestKey });
  const first = replayed ? await getArticle(getDb(), id) : undefined;
  if (first && !holdsArticle(first, { ...input.fields, bodyJson })) {
    // An earlier try made the article (its answer was lost), and this try was
    // edited since: its words are saved over that first version, never dropped.
    const saved = await saveArticle(getDb(), { articleId: id, expectedVersion: 1, ...input.fields, bodyJson, bodyText: input.body.text, actorId: user.id });
    if (!saved.ok && saved.reason === "missing") return { ok: false, error: "The article your first try made has been removed. Nothing was saved; your text is still here." };
    if (!saved.ok) return { ok: false, error: "Your first try made this article, and it has been changed since in another window. Your text here is not saved: open the article from Articles and bring your edits in." };
  }
  if (input.findClaims) await findAndStore(id, user.id);
  revalidatePath("/articles");
  return { ok: true, data: { id } };
});
export async function createArticleAction(raw: unknown): Promise<ActionResult<{ id: string }>> {
  return create(raw);
}

type SaveOutcome = { version: number; revision: number; stale: number; orphaned: number; restored: number };
const save = authedAction("articles.edit", saveArticleSchema, async (input, user): Promise<ActionResult<SaveOutcome>> => {
  const result = await saveArticle(getDb(), {
    articleId: input.articleId,
    expectedVersion: input.expectedVersion,
    ...input.fields,
    bodyJson: JSON.stringify(input.body.doc),
    bodyText: input.body.text,
    actorId: user.id,
  });
  if (!result.ok) {
    return result.reason === "conflict"
      ? { ok: false, conflict: true, error: "This article was saved elsewhere since you opened it (by someone else, or by you in another tab). Nothing was overwritten: bring in their changes (above the text), check, and save again." }
      : { ok: false, error: "This article no longer exists." };
  }
  revalidatePath(`/articles/${input.articleId}`);
  return { ok: true, data: { version: result.version, revision: result.revision, stale: result.stale, orphaned: result.orphaned, restored: result.restored } };
});
export async function saveArticleAction(raw: unknown): Promise<ActionResult<SaveOutcome>> {
  return save(raw);
}

const find = authedAction("claims.curate", articleIdSchema, async ({ articleId }, user) => {
  const found = await findAndStore(articleId, user.id);
  revalidatePath(`/articles/${articleId}`);
  if (!found) return { ok: false, error: "The article was saved again and again while the claim finder read it. Press Find claims once the editing stops." };
  return { ok: true, data: found };
});
export async function findClaimsAction(raw: unknown): Promise<ActionResult<{ count: number; fresh: number }>> {
  return find(raw);
}

const CURATION_REFUSALS = {
  conflict: CONFLICT_MESSAGE,
  // Find claims run again (by anyone) replaces the open suggestions with new rows.
  missing: "That claim is no longer there: Find claims ran again or it was merged. The list now shows the current claims.",
  not_allowed: "That claim has moved on in the workflow; this step no longer applies.",
  bad_span: "Select some text in the article first.",
  duplicate: "That passage is already a claim.",
  article_changed: "Someone else saved this article since you opened it, so your selection may fall on other words. Nothing was changed: reload the article and select the passage again.",
} as const;

function curationOutcome(result: CurationResult | MarkResult, articlePath: string, message?: string): ActionResult<{ claimId: string; version: number }> {
  if (result.ok) {
    revalidatePath(articlePath);
    return { ok: true, data: { claimId: result.claim.id, version: result.claim.version }, message };
  }
  return { ok: false, error: CURATION_REFUSALS[result.reason], conflict: result.reason === "conflict" };
}

const MARKED: Record<Extract<MarkResult, { ok: true }>["outcome"], string> = {
  marked: "Marked the selection as a claim.",
  accepted: "The selection was a suggestion; accepted it as a claim.",
  restored: "The selection was a dismissed claim; restored it.",
};

const decide = authedAction("claims.curate", decideClaimSchema.extend({ articleId: z.string() }).refine(...DISMISS_NEEDS_REASON), async (input, user) =>
  curationOutcome(await decideClaim(getDb(), { ...input, actorId: user.id }), `/articles/${input.articleId}`),
);
export async function decideClaimAction(raw: unknown): Promise<ActionResult<{ claimId: string; version: number }>> {
  return decide(raw);
}

const acceptAll = authedAction("claims.curate", articleIdSchema, async ({ articleId }, user) => {
  const accepted = await acceptAllSuggested(getDb(), { articleId, actorId: user.id });
  revalidatePath(`/articles/${articleId}`);
  return { ok: true, data: { accepted }, message: acceptedAllMessage(accepted.length) };
});
/** Accepts every check-worthy suggestion; `accepted` is what its Undo sends back. */
export async function acceptAllSuggestedAction(raw: unknown): Promise<ActionResult<{ accepted: AcceptedClaim[] }>> {
  return acceptAll(raw);
}

const undoAccepted = authedAction("claims.curate", undoAcceptAllSchema, async (input, user): Promise<ActionResult<{ undone: number }>> => {
  const { undone, kept } = await undoAcceptAll(getDb(), { ...input, actorId: user.id });
  revalidatePath(`/articles/${input.articleId}`);
  const said = undoneAcceptAllMessage(undone.length, kept.map((claim) => `“${shorten(claim.text, 60)}”`));
  return said.ok ? { ok: true, data: { undone: undone.length }, message: said.text } : { ok: false, error: said.text };
});
/** The Undo beside "Accepted n suggested claims": those claims back among the suggestions, unless changed since. */
export async function undoAcceptAllAction(raw: unknown): Promise<ActionResult<{ undone: number }>> {
  return undoAccepted(raw);
}

const mark = authedAction("claims.curate", markClaimSchema, async (input, user) => {
  const result = await markClaim(getDb(), { ...input, actorId: user.id, model: await activeClaimModel(getDb()) });
  return curationOutcome(result, `/articles/${input.articleId}`, result.ok ? MARKED[result.outcome] : undefined);
});
export async function markClaimAction(raw: unknown): Promise<ActionResult<{ claimId: string }>> {
  return mark(raw);
}

const respan = authedAction("claims.curate", respanClaimSchema.extend({ articleId: z.string() }), async (input, user) =>
  curationOutcome(await respanClaim(getDb(), { ...input, actorId: user.id, model: await activeClaimModel(getDb()) }), `/articles/${input.articleId}`),
);
export async function respanClaimAction(raw: unknown): Promise<ActionResult<{ claimId: string }>> {
  return respan(raw);
}

type Imported = { html: string; title?: string; byline?: string };
const fileSchema = z.object({ file: z.instanceof(File, { message: "Choose a file to import." }) });
const importFromFile = authedAction("articles.edit", fileSchema, async ({ file }): Promise<ActionResult<Imported>> => {
  try {
    const imported = await importFileOffThread(file.name, new Uint8Array(await file.arrayBuffer()));
    return { ok: true, data: { html: imported.html, title: imported.title, byline: imported.byline } };
  } catch (error) {
    if (isIntakeError(error)) return { ok: false, error: error.userMessage };
    throw error;
  }
});
/** Reads an uploaded .docx, .md, .txt or .html file into clean article HTML (nothing is saved). */
export async function importFileAction(formData: FormData): Promise<ActionResult<Imported>> {
  return importFromFile({ file: formFile(formData, "file") });
}

const importFromUrl = authedAction("articles.edit", importUrlSchema, async ({ url }): Promise<ActionResult<Imported & { url: string }>> => {
  try {
    const article = await fetchArticleFromUrl(url, { allowPrivateHosts: env().ALLOW_PRIVATE_URL_IMPORT, extract: (html, pageUrl) => extractArticleOffThread(html, pageUrl) });
    return { ok: true, data: { html: article.html, title: article.title ?? undefined, byline: article.byline ?? undefined, url: article.url } };
  } catch (error) {
    if (isIntakeError(error)) return { ok: false, error: error.userMessage };
    throw error;
  }
});
/** Fetches a web page and extracts the readable article (nothing is saved). */
export async function importUrlAction(raw: unknown): Promise<ActionResult<Imported & { url: string }>> {
  return importFromUrl(raw);
}

const PUBLISH_REFUSALS = {
  conflict: "Someone changed this article since you opened it. Reload and check again.",
  missing: "This article no longer exists.",
  spiked: "This article was spiked. Restore it before you publish it.",
};

const publish = authedAction(
  "articles.edit",
  z.object({ articleId: z.string().min(1), expectedVersion: z.number().int().positive() }),
  async ({ articleId, expectedVersion }, user): Promise<ActionResult> => {
    // Readiness is checked on the server, with the write, not only by the button's state.
    const result = await publishArticleIfReady(getDb(), { articleId, expectedVersion, actorId: user.id });
    if (!result.ok && result.reason === "not_ready") return { ok: false, error: `Not ready to publish: ${result.blockers[0] ?? "claims are still open"}.` };
    if (!result.ok) return { ok: false, error: PUBLISH_REFUSALS[result.reason] };
    revalidatePath(`/articles/${articleId}`);
    revalidatePath("/articles");
    return { ok: true, data: null, message: "Marked as published." };
  },
);
/** Marks a ready article as published (claims looked for, every claim settled, no correction pending). */
export async function markPublishedAction(raw: unknown): Promise<ActionResult> {
  return publish(raw);
}

const spike = authedAction(
  "articles.spike",
  z.object({ articleId: z.string().min(1), expectedVersion: z.number().int().positive(), reason: z.string().trim().max(500, "Keep the reason under 500 characters.") }),
  async (input, user): Promise<ActionResult<{ released: number }>> => {
    const result = await spikeArticle(getDb(), { ...input, actorId: user.id });
    if (!result.ok) return { ok: false, error: SPIKE_REFUSALS[result.reason] };
    revalidatePath("/", "layout");
    const released = result.released === 0 ? "" : ` ${result.released === 1 ? "One claim" : `${result.released} claims`} went back to the open pool; the reviewers were told.`;
    return { ok: true, data: { released: result.released }, message: `Spiked.${released}` };
  },
);

const SPIKE_REFUSALS = {
  missing: "This article no longer exists.",
  conflict: "Someone changed this article since you opened it. Reload and try again.",
  published: "A published article is not spiked: publish a correction or an editor's note instead.",
  already: "This article is already spiked.",
};

/** Spikes an article (it will not run): off the desk's work in progress, its held claims released. Editors and admins. */
export async function spikeArticleAction(raw: unknown): Promise<ActionResult<{ released: number }>> {
  return spike(raw);
}

const restore = authedAction("articles.spike", z.object({ articleId: z.string().min(1) }), async ({ articleId }, user): Promise<ActionResult> => {
  const result = await restoreArticle(getDb(), { articleId, actorId: user.id });
  if (!result.ok) return { ok: false, error: result.reason === "missing" ? "This article no longer exists." : "This article is not spiked." };
  revalidatePath("/", "layout");
  return { ok: true, data: null, message: "Restored: the article is back on the desk. Assign its claims again." };
});

/** Brings a spiked article back to the desk. Editors and admins. */
export async function restoreArticleAction(raw: unknown): Promise<ActionResult> {
  return restore(raw);
}
