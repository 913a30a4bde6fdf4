import { makeWordGate } from "./wordgate";

/**
 * Who the sentence attributes its claim to: "three officials said", "according to
 * Clarke", "the report said", "said Sen. Warren". Patterns rather than a parser:
 * news attribution is formulaic, and a wrong long span is worse than none, so
 * pronouns return null (the desk resolves "he" from context better than a regex).
 */

const VERBS = "said|says|told|stated|announced|claimed|reported|estimated|added|wrote|testified|argued|warned|confirmed|found|showed|shows";
const NAME = "(?:(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|Prof|Pres)\\.\\s)*\\p{Lu}[\\p{L}'’.&-]*(?:\\s(?:of\\s|the\\s|for\\s)?\\p{Lu}[\\p{L}'’.&-]*){0,4}";
const GROUP_NOUNS = "officials?|report|statement|study|survey|data|figures|spokes(?:man|woman|person)|police|authorities|experts?|analysts?|researchers?|ministry|department|agency|government|witnesses|sources?|people|residents|economists|scientists|prosecutors|investigators|documents|records|lawmakers|critics|aides?|diplomats";
const DETERMINERS = ["the", "a", "an", "two", "three", "four", "five", "six", "several", "many", "some", "senior", "other", "its", "their"]
  .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
  .join("|");
const GROUP = `(?:(?:${DETERMINERS}|\\d+)\\s)+(?:[\\p{L}-]+\\s){0,2}?(?:${GROUP_NOUNS})`;

const ACCORDING = new RegExp(`[Aa]ccording to ((?:the\\s)?${NAME}|(?:the\\s|a\\s|an\\s)?(?:[\\p{L}-]+\\s){0,3}?(?:${GROUP_NOUNS}|\\p{L}+))`, "u");
const SUBJECT_VERB = new RegExp(`(?:^|[\\s,"“(])(${GROUP}|${NAME})\\s(?:also\\s|has\\s|have\\s|had\\s)?(?:${VERBS})\\b`, "u");
// "…, said Sen. Warren." The name after the verb must be whole and must not be the
// subject of a reported clause: in "…, said Harbourton has the highest class sizes"
// Harbourton is what was said about, not who said it. So the name may not be cut
// short inside a word or before another capitalised word, nor be followed by a verb.
const REPORTED_VERB = "has|have|had|is|are|was|were|will|would|can|could|does|did|do|should|must|may|might|needs?|remains?|faces?|spends?|gets?|pays?|lacks?";
const VERB_SUBJECT = new RegExp(
  `(?:,|["”’]|,["”])\\s*(?:${VERBS})\\s(${GROUP}|${NAME})(?![\\p{L}\\p{N}'’&-])(?!\\s+\\p{Lu})(?!\\s+(?:${REPORTED_VERB})\\b)`,
  "u",
);
// "Councillor David Brandt, who voted against the plan, said …": the subject is
// separated from its verb by a relative clause between commas.
const RELATIVE = new RegExp(`(?:^|[\\s"“(])(${GROUP}|${NAME}),\\s(?:who|which)\\s[^,;]{1,120},\\s(?:also\\s)?(?:${VERBS})\\b`, "u");
// Every match of VERB_SUBJECT, SUBJECT_VERB and RELATIVE holds one of VERBS as a
// whole \w-word (\s or a quote before it, \s or \b after), and ACCORDING holds
// "ccording to": text with neither cannot match, and most sentences have neither
// (see wordgate.ts).
const verbGate = makeWordGate([[1, VERBS.replaceAll("|", " ")]]);
const PATTERNS = [ACCORDING, VERB_SUBJECT, SUBJECT_VERB, RELATIVE];
/** RELATIVE needs this; a simple scan rules most sentences out before the long pattern runs. */
const RELATIVE_GATE = /,\s(?:who|which)\s/;
const PRONOUNS = new Set(["he", "she", "they", "it", "i", "we", "you", "this", "that", "there"]);

/** The words of VERBS, for callers that gate on them in a pass of their own. */
export const CLAIMANT_VERBS = VERBS.replaceAll("|", " ");

/**
 * The claimant named in `sentence`, or null when it attributes nothing (or only to a
 * pronoun). `verbSeen`, when given, says whether the sentence holds one of VERBS as
 * a \w-word (a caller that already scanned the words passes it to skip the scan).
 */
export function findClaimant(sentence: string, verbSeen?: boolean): string | null {
  const verb = verbSeen ?? verbGate.scan(sentence) !== 0;
  const according = sentence.includes("ccording to");
  if (!verb && !according) return null;
  for (const pattern of PATTERNS) {
    if (pattern === ACCORDING ? !according : !verb) continue;
    if (pattern === RELATIVE && !RELATIVE_GATE.test(sentence)) continue;
    const match = pattern.exec(sentence);
    if (!match) continue;
    // A capitalised conjunction opens the clause, not the name: "And Business Week".
    const who = match[1].replace(/[\s,.;:]+$/, "").replace(/^(?:And|But|So|Or|Yet)\s+(?=\p{Lu})/u, "").trim();
    if (who && !PRONOUNS.has(who.toLowerCase())) return who;
  }
  return null;
}
