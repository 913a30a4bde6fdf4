/**
 * schema.org JSON-LD: a `ClaimReview` for every checked claim and the article
 * as a `NewsArticle` whose `correction` entries are `CorrectionComment`s.
 *
 * Only approved verdicts become ClaimReviews and only published corrections
 * appear: JSON-LD is what search engines and fact-check aggregators read, so it
 * must never announce a verdict or correction the desk has not signed off.
 */
import { bylineAuthors, bylineCredit } from "./byline";
import { batched, compareCorrections, iso, orderedCorrections, sortClaims } from "./shared";
import { isPublishable } from "./summary";
import type { CorrectionsLogInput, ExportCorrection, MemoClaim, MemoInput, Newsroom } from "./types";

type Node = Record<string, unknown>;

/** Words that make a name an institution's ("Ministry of Health", "Cedar Falls County", "Police Scotland"). */
const ORG_WORDS =
  /\b(?:inc|ltd|llc|plc|gmbh|corp|corporation|company|co|department|dept|ministry|agency|bureau|office|police|council|committee|commission|university|college|institute|association|union|party|government|court|foundation|hospital|bank|board|authority|service|news|times|post|county|city|province|district|municipality|borough|township|center|centre|centers|centres|campaign|group|coalition|alliance|federation|organisation|organization|network|trust|fund|society|school|academy|league|senate|congress|parliament|assembly|administration|secretariat|registry|inspectorate|regulator|census|statistics)\b/i;

/** A person's title or office: with one, a name holding an institution's word may still be a person's. */
const TITLE_WORDS =
  /\b(?:mayor|senator|sen|governor|gov|president|vice|chancellor|minister|secretary|spokesman|spokeswoman|spokesperson|director|chair|chairman|chairwoman|chief|head|dean|provost|professor|prof|dr|mr|mrs|ms|leader|commissioner|councillor|councilor|councilman|councilwoman|judge|justice|sheriff|superintendent|inspector|sergeant|captain|officer|ceo|cfo|founder|representative|rep|deputy|ambassador|economist|analyst|researcher|manager)\b/i;

/** Two capitalised words at the end that are neither an institution's nor a title: "… Maria Chen". */
function endsWithPersonalName(name: string): boolean {
  const words = name.split(/\s+/);
  if (words.length < 3) return false;
  return words.slice(-2).every((word) => /^\p{Lu}[\p{Ll}'’-]+$/u.test(word) && !ORG_WORDS.test(word) && !TITLE_WORDS.test(word));
}

/**
 * Person or Organization for a claimant. The claim may say; otherwise a leading
 * all-capitals acronym ("CBP", "NHS England") or a leading article ("the
 * operator") means an organisation. A name with an institution's word is an
 * organisation ("Pew Research Center", "Police Scotland"), unless it holds a
 * title: then it is a person when a personal name ends it ("Police Chief Ana
 * Ruiz", "Dean of the School of Law Maria Chen") or when it does not open or end
 * with the institution ("Secretary of State"; but "Office of the Secretary of
 * Defense" is an office). Anything else is taken as a person.
 */
/**
 * Whether a claimant names a person or body, which a reader can look up: a
 * capital letter somewhere ("the Audit Office", "Clarke"), or letters of a script
 * without capitals (王小明, أحمد). "a survey", "official statistics" or "experts"
 * say where the claim came from, which the desk shows its reviewers, but are no
 * author: Google shows ClaimReview's author as "Claim by".
 */
export function namesSomeone(claimant: string): boolean {
  // Past a leading article or quantifier, whose capital may only open the sentence ("A survey found…").
  const rest = claimant.trim().replace(/^(?:a|an|the|some|many|several|most|one|two|three|four|five|other|its|their)\s+/iu, "");
  return /\p{Lu}/u.test(rest) || [...rest].some((c) => /\p{L}/u.test(c) && c.toLowerCase() === c.toUpperCase());
}

export function claimantType(name: string, kind?: "person" | "organization"): "Person" | "Organization" {
  if (kind) return kind === "person" ? "Person" : "Organization";
  const trimmed = name.trim();
  const acronymLed = /^[A-Z0-9&.\-]{2,}(?:\s|$)/.test(trimmed) && /[A-Z]{2}/.test(trimmed.split(/\s/)[0]);
  if (acronymLed || /^(?:the|a|an)\s/.test(trimmed)) return "Organization";
  if (!ORG_WORDS.test(trimmed)) return "Person";
  if (!TITLE_WORDS.test(trimmed) || !/\s/.test(trimmed)) return "Organization";
  if (endsWithPersonalName(trimmed)) return "Person";
  const words = trimmed.split(/\s+/);
  return ORG_WORDS.test(words[0]) || ORG_WORDS.test(words[words.length - 1]) ? "Organization" : "Person";
}

function organization(newsroom: Newsroom): Node {
  return { "@type": "Organization", name: newsroom.name, url: newsroom.url };
}

/** A correction as schema.org's CorrectionComment; `id` when other nodes refer to it. */
function correctionComment(c: ExportCorrection, id?: string): Node {
  return { "@type": "CorrectionComment", ...(id ? { "@id": id } : {}), text: c.note, datePublished: iso(c.publishedAt), ...(c.amendedAt ? { dateModified: iso(c.amendedAt) } : {}) };
}

const isPublished = (c: ExportCorrection) => c.status === "published" && c.publishedAt !== null;

function claimReview(claim: MemoClaim, input: MemoInput): Node {
  const v = claim.verdict;
  if (!v) throw new Error("claimReview needs a verdict");
  const rating: Node = { "@type": "Rating" };
  if (v.ratingValue !== null) rating.ratingValue = v.ratingValue;
  Object.assign(rating, { bestRating: 5, worstRating: 1, alternateName: v.label });

  const item: Node = { "@type": "Claim" };
  if (claim.claimant?.trim() && namesSomeone(claim.claimant)) item.author = { "@type": claimantType(claim.claimant, claim.claimantKind), name: claim.claimant.trim() };
  // Where the claim appears: the article, once it has an address (an empty url would be invalid).
  if (input.article.sourceUrl) item.appearance = { "@type": "CreativeWork", url: input.article.sourceUrl };
  const published = iso(input.article.publishedAt);
  if (published) item.datePublished = published;

  return {
    "@type": "ClaimReview",
    // Without the article's address there is nowhere for the review to point (an empty "#claim-…" would be wrong).
    ...(input.article.sourceUrl ? { url: `${input.article.sourceUrl}#claim-${claim.id}` } : {}),
    claimReviewed: claim.text,
    itemReviewed: item,
    author: organization(input.newsroom),
    datePublished: iso(v.approvedAt),
    reviewRating: rating,
  };
}

/** The memo's JSON-LD as a value: one `@graph` with the NewsArticle first, then ClaimReviews in article order. */
export function memoJsonLdValue(input: MemoInput): Node {
  const { article } = input;
  // An article not yet online has no address: no "@id" then, rather than an empty one every such article would share.
  const news: Node = { "@type": "NewsArticle", ...(article.sourceUrl ? { "@id": article.sourceUrl, url: article.sourceUrl } : {}), headline: article.title };
  // A byline that credits no one by name ("Staff Reporter", "By Reuters") is an
  // organisation's: the newsroom's own, or the wire's. As a Person it would show
  // search readers an author called "Staff Reporter".
  const credit = bylineCredit(article.byline);
  const byline = credit ? null : bylineAuthors(article.byline);
  if (credit) news.author = credit.kind === "agency" ? { "@type": "Organization", name: credit.name } : organization(input.newsroom);
  if (byline) {
    // The desk ("City Desk") is where the authors work, so it is their affiliation, not part of a name;
    // a title ("Health Correspondent") and a place ("in Brussels") are the Person's jobTitle and workLocation.
    const people = byline.names.map((name, i) => ({
      "@type": "Person",
      name,
      ...(byline.titles?.[i] ? { jobTitle: byline.titles[i] } : {}),
      ...(byline.desk ? { affiliation: { "@type": "Organization", name: byline.desk } } : {}),
      ...(byline.place ? { workLocation: { "@type": "Place", name: byline.place } } : {}),
    }));
    news.author = people.length === 1 ? people[0] : people;
  }
  news.publisher = organization(input.newsroom);
  const published = iso(article.publishedAt);
  if (published) news.datePublished = published;
  // A spiked article will not run: nothing in it is published, so no review or correction of it is either.
  const runs = article.spiked !== true;
  const corrections = runs ? input.corrections.filter(isPublished).sort(compareCorrections) : [];
  if (corrections.length > 0) news.correction = corrections.map((c) => correctionComment(c));
  const reviews = runs ? sortClaims(input.claims).filter(isPublishable).map((claim) => claimReview(claim, input)) : [];
  return { "@context": "https://schema.org", "@graph": [news, ...reviews] };
}

/**
 * Serialises JSON-LD with `<` escaped, so the text can go straight into a
 * `<script type="application/ld+json">` without a `</script>` in a claim
 * closing the tag. Parsers read the escaped form as the same string.
 */
export function jsonLdText(value: unknown, space?: number): string {
  return JSON.stringify(value, null, space).replace(/</g, "\\u003c");
}

/** The memo's JSON-LD as pretty-printed text with a trailing newline. */
export function memoToJsonLd(input: MemoInput): string {
  return `${jsonLdText(memoJsonLdValue(input), 2)}\n`;
}

/** Where a log's article node is kept: its URL, or its id (or title) when it has none. */
function articleKey(article: ExportCorrection["article"]): string {
  return article.url || `no-url:${article.id ?? article.title}`;
}

type LogArticle = { node: Node; corrections: string[] };

/** A correction's @id: a fragment of its article's URL, or a blank node beside the article's own. */
function commentNodeId(article: Node, correctionId: string): string {
  const base = String(article["@id"]);
  return base.startsWith("_:") ? `${base}-correction-${correctionId}` : `${base}#correction-${encodeURIComponent(correctionId)}`;
}

/**
 * The log as one `@graph`: every published correction is a `CorrectionComment`
 * node with its own `@id`, streamed as it comes; each article is one
 * `NewsArticle` node, written once at the end, whose `correction` lists its
 * comments by `@id` (schema.org's `correction` runs from the article to the
 * comment). Articles come last because the log is in date order, not grouped
 * by article: until the end it is not known which corrections an article has.
 * What is held meanwhile is one small node per article and one id per
 * correction, not the corrections themselves.
 */
async function* logParts(input: CorrectionsLogInput): AsyncGenerator<string> {
  yield `{\n  "@context": "https://schema.org",\n  "@graph": [`;
  const articles = new Map<string, LogArticle>();
  let count = 0;
  for await (const c of orderedCorrections(input.corrections)) {
    if (!isPublished(c)) continue;
    const key = articleKey(c.article);
    let article = articles.get(key);
    if (!article) {
      // An article without a URL gets a blank-node id: "" would merge every such article into one.
      const id = c.article.url || `_:article-${articles.size + 1}`;
      const node: Node = { "@type": "NewsArticle", "@id": id };
      if (c.article.url) node.url = c.article.url;
      node.headline = c.article.title;
      article = { node, corrections: [] };
      articles.set(key, article);
    }
    // Only the correction's own id is kept (it is already in memory); its @id is rebuilt at the end.
    article.corrections.push(c.id);
    yield `${count === 0 ? "" : ","}\n    ${jsonLdText(correctionComment(c, commentNodeId(article.node, c.id)))}`;
    count += 1;
  }
  for (const { node, corrections } of articles.values()) {
    yield `,\n    ${jsonLdText({ ...node, correction: corrections.map((id) => ({ "@id": commentNodeId(node, id) })) })}`;
  }
  yield `${count === 0 ? "" : "\n  "}]\n}\n`;
}

/** The corrections log's published corrections as JSON-LD, streamed in chunks. */
export function correctionsLogToJsonLd(input: CorrectionsLogInput): AsyncIterable<string> {
  return batched(logParts(input));
}
