import { OPENING_NOT_NAME } from "./abbreviations";
import { makeWordGate, makeWordSet } from "./wordgate";

/**
 * Who the sentence attributes its claim to: "three officials said", "according to
 * Clarke", "the report said", "said Sen. Warren". Patterns rather than a parser:
 * news attribution is formulaic, and a wrong long span is worse than none, so
 * pronouns return null (the desk resolves "he" from context better than a regex).
 */

const VERBS =
  "said|says|told|tells|stated|announced|claimed|reported|estimated|added|adds|wrote|writes|testified|argued|argues|warned|warns|confirmed|found|showed|shows|" +
  "insisted|insists|noted|explained|explains|acknowledged|admitted|admits|conceded|denied|denies|predicted|responded|replied|maintained|maintains|" +
  // Sources that are data or forecasts: "Police data show", "The OBR forecast", "research suggests".
  "show|forecast|forecasts|suggest|suggests|suggested";
/**
 * A name: capitalised words, after any abbreviated titles. Up to seven words, so a
 * title and a full name stay whole ("White House Press Secretary Karine Jean-Pierre",
 * "European Central Bank President Christine Lagarde"); "of", "the", "for" or "of the"
 * may join two of them ("Bank of England", "Chancellor of the Exchequer Rachel Reeves").
 */
const NAME = "(?:(?:Sen|Rep|Gov|Dr|Mr|Mrs|Ms|Gen|Lt|Prof|Pres)\\.\\s)*\\p{Lu}[\\p{L}'’.&-]*(?:\\s(?:of\\sthe\\s|of\\s|the\\s|for\\s|and\\s)?\\p{Lu}[\\p{L}'’.&-]*){0,6}";
const GROUP_NOUNS =
  "officials?|officers?|report|statement|study|survey|data|figures|spokes(?:man|woman|person|men|women|people)|police|authorities|experts?|analysts?|researchers?|ministry|department|agency|office|bureau|institute|authority|watchdog|operators?|government|witnesses|sources?|people|residents|economists|scientists|prosecutors|investigators|documents|records|lawmakers|critics|aides?|diplomats|company|firm|court|committee|council|commission|campaign|administration|board|union|regulators?|lawyers?|attorneys?|ministers?|hospital|university|organi[sz]ation|" +
  // Titles: "the mayor said", "the chief executive told analysts"; the plurals for a
  // name's people ("Tesco executives said").
  "mayor|president|governor|senator|premier|chancellor|secretary|chair(?:man|woman|person)?|executives?|directors?|managers?|leaders?|councill?ors?|commissioners?|superintendent|sheriff|chiefs?";
const DETERMINERS = ["the", "a", "an", "two", "three", "four", "five", "six", "several", "many", "some", "senior", "other", "its", "their"]
  .map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1)}`)
  .join("|");
// Not the second figure of a ratio: in "1 in 5 council leaders had told" the leaders are what is counted, not who speaks.
const GROUP = `(?:(?:${DETERMINERS}|(?<!\\bin\\s)\\d+)\\s)+(?:[\\p{L}-]+\\s){0,2}?(?:${GROUP_NOUNS})`;

/**
 * Words a sentence or clause opens with before its subject ("However Tesco said",
 * "When the Council said"): never the first word of a name, so a claimant loses them
 * (cleanClaimant). Not the ordinals, "Last" or "Next" on their own ("First Minister
 * Nicola Sturgeon", the retailer Next).
 */
const CONNECTIVES =
  "However|Meanwhile|Instead|Still|Now|Then|Today|Tonight|Yesterday|Again|Indeed|Also|Later|Earlier|Recently|Finally|" +
  "Moreover|Furthermore|Separately|Nevertheless|Nonetheless|Overall|Additionally|Likewise|Similarly|Elsewhere|Previously|Currently|Ultimately|" +
  "Thus|Hence|Therefore|Otherwise|As|When|If|While|Whilst|After|Before|Since|Because|Although|Though|Once|Unless|So|And|But|Or|Yet";
const WEEKDAYS = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";
const MONTHS = "January|February|March|April|May|June|July|August|September|October|November|December";
/**
 * A date said before the subject ("On Tuesday Tesco said", "In May Theresa May said"):
 * a weekday alone, or a month only after a preposition ("May" alone may be the name).
 */
const DATE_PREFIXES = "On|In|Last|This|Next|Early|Late";
const LEADING_DATE = `(?:${DATE_PREFIXES})\\s+(?:${WEEKDAYS}|${MONTHS})|${WEEKDAYS}`;
/** Openers off the front of a claimant, before a capital or "the" ("Instead the Council"); a name must follow. */
const LEADING_OPENERS = new RegExp(`^(?:(?:${LEADING_DATE}|${CONNECTIVES})\\s+)+(?=\\p{Lu}|the\\s)`, "u");
/**
 * A name before a group noun: "New York City officials", "Tesco executives", "White
 * House aides". Its first word may not be one that opens a sentence without naming
 * anything: a quantity ("Most officials", "Few economists"), a preposition ("In
 * London officials": the name starts at "London") or a connective ("However
 * officials"). The ordinals stay names ("First Minister aides").
 */
const NOT_A_NAME = [...new Set([...OPENING_NOT_NAME].filter((w) => !["first", "second", "third"].includes(w))
  .flatMap((w) => (w.includes("'") ? [w, w.replace("'", "’")] : [w]))
  .map((w) => w[0].toUpperCase() + w.slice(1)).concat(CONNECTIVES.split("|")))]
  .join("|");
const NAMED_GROUP = `(?=\\p{Lu})(?!(?:${NOT_A_NAME})\\s)${NAME}\\s(?:${GROUP_NOUNS})`;
/** Who says, before or after the verb: a group, a name with its group noun, or a name. */
const SUBJECT = `${GROUP}|${NAMED_GROUP}|${NAME}`;
/**
 * SUBJECT without NAMED_GROUP, for text where NAMED_GROUP cannot match (no group noun
 * before a verb for SUBJECT_VERB, none after a space at all for the others: see
 * groupNounBefore and mayHaveNamedGroup). An alternative that cannot match anywhere
 * changes no match, so the patterns built on it find what the full ones find; they
 * spare trying the name and NOT_A_NAME at every capital, which most text with a
 * verb has and almost none needs.
 */
const SUBJECT_PLAIN = `${GROUP}|${NAME}`;

/**
 * "according to official statistics, …", "according to budget papers published on
 * Monday": a source that is no name ends before punctuation or a word that goes on
 * about it, so it is not cut to its first word ("official", "budget").
 */
const SOURCE_END = "(?=\\s*[,.;:)\"”]|\\s(?:published|released|issued|seen|obtained|familiar|close|with|from|on|in|at|for|by|which|that|who|and|to|show|shows|showed|suggest|suggests|estimate|estimates)\\b|\\s*$)";
const ACCORDING = new RegExp(`[Aa]ccording to ((?:the\\s)?${NAME}|(?:the\\s|a\\s|an\\s)?(?:[\\p{L}-]+\\s){0,3}?(?:${GROUP_NOUNS}|\\p{L}+)${SOURCE_END})`, "u");
const subjectVerb = (subject: string): string => `(?:^|[\\s,"“(])(${subject})\\s(?:also\\s|has\\s|have\\s|had\\s)?(?:${VERBS})\\b`;
const SUBJECT_VERB = new RegExp(subjectVerb(SUBJECT), "u");
// "…, said Sen. Warren." The name after the verb must be whole and must not be the
// subject of a reported clause: in "…, said Harbourton has the highest class sizes"
// Harbourton is what was said about, not who said it. So the name may not be cut
// short inside a word or before another capitalised word, nor be followed by a verb.
const REPORTED_VERB = "has|have|had|is|are|was|were|will|would|can|could|does|did|do|should|must|may|might|needs?|remains?|faces?|spends?|gets?|pays?|lacks?";
// "…," said union leader Dan O'Neill: a title in lower case before the name is
// left out of the claimant (a capitalised one is part of it, as "said Chancellor …").
// A capitalised word may lead the title ("said Rovers manager Liam Doherty"): the
// claimant is then "Liam Doherty (Rovers manager)", the title naming whose he is.
const LOWER_TITLE = `((?:\\p{Lu}[\\p{L}'’-]*\\s)?(?:[\\p{Ll}-]+\\s){0,2}?(?:${GROUP_NOUNS})\\s(?=\\p{Lu}))?`;
// Not "told"/"tells": after them comes who was told, never who speaks
// ("Marcus Oyelaran, told the council that …" is Oyelaran's claim, not the council's).
const INVERTED_VERBS = VERBS.replace(/(?:^|\|)(?:told|tells)(?=\||$)/g, "");
const verbSubject = (subject: string): string =>
  `(?:,|["”’]|,["”])\\s*(?:${INVERTED_VERBS})\\s${LOWER_TITLE}(${subject})(?![\\p{L}\\p{N}'’&-])(?!\\s+\\p{Lu})(?!\\s+(?:${REPORTED_VERB})\\b)`;
const VERB_SUBJECT = new RegExp(verbSubject(SUBJECT), "u");
const NOT_AFTER = "in|of|at|from|for|to|on|by|with|near";
// "Councillor David Brandt, who voted against the plan, said …": the subject is
// separated from its verb by a relative clause between commas.
// Not a place after a preposition: in "director at the Institute in Heidelberg, who …, said" Heidelberg says nothing.
const relative = (subject: string): string => `(?:^|[\\s"“(])(?<!\\b(?:${NOT_AFTER})\\s)(${subject}),\\s(?:who|which)\\s[^,;]{1,120},\\s(?:also\\s)?(?:${VERBS})\\b`;
const RELATIVE = new RegExp(relative(SUBJECT), "u");
// "Sen. Maria Lopez, D-N.M., said …", "Maria Lopez, a spokeswoman for the agency,
// said …", "John Smith, 45, said …": the commonest attribution in wire copy, a name
// and a short appositive between commas, then the verb. Not a place ("a lady in
// Houston, Texas, told"), not an opening word ("First, the chiefs …, said"), and
// the appositive holds no verb of its own ("in New York, said he …, said"). A relative
// clause may follow the appositive ("Professor Laura Kreidberg, director at …, who
// was not involved in the study, said").
const OPENING_WORDS = `First|Second|Third|Well|Look|Yes|No|Last|Next|${CONNECTIVES}`;
const APPOSITIVE = new RegExp(
  `(?:^|[\\s"“(])(?<!\\b(?:${NOT_AFTER})\\s)(?!(?:${OPENING_WORDS})\\b)(${NAME}),\\s(?:(?!\\b(?:${VERBS})\\b)[^,;"“”]){1,80},\\s(?:(?:who|which)\\s[^,;]{1,120},\\s)?(?:also\\s)?(?:${VERBS})\\b`,
  "u",
);
// "The firm's chief executive, Tom Reyes, said …": a title first (one of the group
// nouns, so "a lady in Houston, Texas, told" names no Texas), the name between
// commas right before the verb.
const NAME_BEFORE_VERB = new RegExp(`\\b(?:${GROUP_NOUNS}),\\s(${NAME}),\\s(?:also\\s)?(?:${VERBS})\\b`, "u");
// Every match of VERB_SUBJECT, SUBJECT_VERB and RELATIVE holds one of VERBS as a
// whole \w-word (\s or a quote before it, \s or \b after), and ACCORDING holds
// "ccording to": text with neither cannot match, and most sentences have neither
// (see wordgate.ts).
const verbGate = makeWordGate([[1, VERBS.replaceAll("|", " ")]]);
const verbLookup = verbGate.lookup;
/**
 * "Polling by YouGov published on Wednesday found …": research named by who did it,
 * with the verb later ("Wednesday found" names nobody). Tried last: any pattern that
 * names a speaker outranks it.
 */
const WORK_NOUNS = "[Pp]olling|[Rr]esearch|[Aa]nalysis|[Dd]ata|[Ff]igures|[Ss]urveys?|[Pp]olls?|[Ss]tud(?:y|ies)|[Mm]odelling|[Ee]stimates";
const WORK_BY = new RegExp(
  `(?:^|[\\s"“(])(?:${WORK_NOUNS})\\s(?:(?:published|released|conducted|commissioned)\\s)?(?:by|from|for)\\s((?:the\\s)?${NAME})(?=[^;]{0,80}?\\b(?:${VERBS})\\b)`,
  "u",
);
const PATTERNS = [ACCORDING, VERB_SUBJECT, SUBJECT_VERB, RELATIVE, APPOSITIVE, NAME_BEFORE_VERB, WORK_BY];
/** SUBJECT_VERB searching from lastIndex (see subjectVerbFrom). */
const SUBJECT_VERB_FROM = new RegExp(SUBJECT_VERB.source, "gu");
/** The three patterns on SUBJECT_PLAIN, for text without a group noun after a space. */
const VERB_SUBJECT_PLAIN = new RegExp(verbSubject(SUBJECT_PLAIN), "u");
const SUBJECT_VERB_FROM_PLAIN = new RegExp(subjectVerb(SUBJECT_PLAIN), "gu");
const RELATIVE_PLAIN = new RegExp(relative(SUBJECT_PLAIN), "u");
/** The words of a pattern of letters, "?", "[..]" and "(?:..|..)" groups, spelled out ("officials?" → official, officials). */
export function spellOut(pattern: string): string[] {
  // The top-level alternatives, then each one's first optional or choice, recursively.
  const alternatives: string[] = [];
  let depth = 0;
  let from = 0;
  for (let i = 0; i <= pattern.length; i++) {
    const c = pattern[i];
    if (c === "(" || c === "[") depth++;
    else if (c === ")" || c === "]") depth--;
    else if ((c === "|" && depth === 0) || i === pattern.length) {
      alternatives.push(pattern.slice(from, i));
      from = i + 1;
    }
  }
  if (alternatives.length > 1) return alternatives.flatMap(spellOut);
  const at = pattern.search(/[?([]/);
  if (at < 0) return [pattern];
  const head = pattern.slice(0, at);
  if (pattern[at] === "?") return [...spellOut(head.slice(0, -1) + pattern.slice(at + 1)), ...spellOut(head + pattern.slice(at + 1))];
  const close = pattern.indexOf(pattern[at] === "(" ? ")" : "]", at);
  const optional = pattern[close + 1] === "?";
  const rest = pattern.slice(close + (optional ? 2 : 1));
  const choices = pattern[at] === "(" ? pattern.slice(at + 3, close).split("|") : [...pattern.slice(at + 1, close)];
  return [...(optional ? [""] : []), ...choices].flatMap((choice) => spellOut(head + choice + rest));
}
/** The words GROUP_NOUNS matches, all lower-case; a test checks each against the pattern. */
export const GROUP_NOUN_WORDS = spellOut(GROUP_NOUNS);
/** A whole group noun, case as written (GROUP ends in one). */
const GROUP_NOUN = new RegExp(`^(?:${GROUP_NOUNS})$`);
/** RELATIVE needs this; a simple scan rules most sentences out before the long pattern runs. */
const RELATIVE_GATE = /,\s(?:who|which)\s/;
/** APPOSITIVE ends in a comma, \s and (maybe "also" and) a verb; most sentences with a verb have none. */
const APPOSITIVE_GATE = new RegExp(`,\\s(?:also\\s)?(?:${VERBS})\\b`);
// Pronouns, their contractions ("I've noted") and question words ("What explains…") name nobody.
const CONTRACTIONS = ["i've", "we've", "you've", "they've", "i'd", "we'd", "you'd", "he'd", "she'd", "they'd", "i'm", "we're", "you're", "they're"];
const PRONOUNS = new Set([
  ...["he", "she", "they", "it", "i", "we", "you", "this", "that", "there", "what", "who", "which"],
  // Quantifiers that stand for a source without naming it: "according to one estimate", "some estimates".
  ...["one", "some", "many", "several", "most", "few", "others", "all", "both", "each", "any"],
  ...CONTRACTIONS,
  ...CONTRACTIONS.map((word) => word.replace("'", "’")),
]);
/** The longest pronoun: a longer name cannot lower-case to one (lower-casing never shortens a string). */
const PRONOUN_MAX = Math.max(...[...PRONOUNS].map((p) => p.length));

/**
 * A bracketed party or acronym between a name and its verb: "Cllr Sandra Kemp
 * (Labour) said", "the … Management Council (NDRRMC) said". The name is matched
 * without it.
 */
const ASIDE = new RegExp(`\\s\\([^()]{1,40}\\)(?=\\s(?:also\\s)?(?:${VERBS})\\b)`, "gu");
const withoutAsides = (sentence: string): string => (sentence.includes("(") ? sentence.replace(ASIDE, "") : sentence);

/**
 * Words that name nobody on their own: a determiner, a weekday or a month. Not the
 * months that are also names ("May said net migration would fall").
 */
const NAME_MONTHS = new Set(["April", "May", "June", "August"]);
const NOBODY = new Set(["The", "A", "An", "This", "That", "These", "Those", "Its", "Their", "His", "Her", "Our", ...WEEKDAYS.split("|"), ...MONTHS.split("|").filter((m) => !NAME_MONTHS.has(m))]);

/** The claimant a pattern's match names (its subject group), with a capitalised title after it in brackets; null for nobody. */
function claimantOf(match: RegExpExecArray, clean: (name: string) => string): string | null {
  // The subject is the last group; VERB_SUBJECT's optional title is the one before it.
  const who = clean(sourceBehind(match) ?? match[match.length - 1]);
  if (!who || NOBODY.has(who)) return null;
  const title = match.length > 2 ? match[1] : undefined;
  return title !== undefined && OPENING_CAPITAL.test(title) ? `${who} (${title.trim()})` : who;
}

/**
 * "according to figures published by the ONS", "according to estimates from the
 * European Heat Pump Association", "according to an average compiled by Electoral
 * Calculus": a source that is no name (lower case after any article) is what the
 * named body produced, so the body is the claimant. Null when ACCORDING's source is
 * a name already or no name follows it.
 */
const PRODUCED = "published|released|compiled|produced|issued|collected|commissioned|conducted|gathered";
const SOURCE_BY = new RegExp(`(?:\\s(?:${PRODUCED}))?\\s(?:by|from)\\s((?:the\\s)?${NAME})`, "uy");
const TRAILING_PRODUCED = new RegExp(`\\s(?:${PRODUCED})$`);
const LOWER_SOURCE = /^(?:(?:the|a|an)\s)?\p{Ll}/u;
function sourceBehind(match: RegExpExecArray): string | null {
  if (match.length !== 2 || !match[0].endsWith(match[1]) || !/^[Aa]ccording to /.test(match[0])) return null;
  let source = match[1];
  if (!LOWER_SOURCE.test(source)) return null;
  // "an average compiled" stopped before "by": the participle belongs to what follows.
  const produced = TRAILING_PRODUCED.exec(source);
  if (produced) source = source.slice(0, produced.index);
  SOURCE_BY.lastIndex = match.index + match[0].length - match[1].length + source.length;
  return SOURCE_BY.exec(match.input)?.[1] ?? null;
}

/** A combining accent (U+0300–U+036F): text typed or pasted decomposed, which NFC composes. */
const COMBINING_ACCENT = /[\u0300-\u036f]/;

/** The words of VERBS, for callers that gate on them in a pass of their own. */
export const CLAIMANT_VERBS = VERBS.replaceAll("|", " ");

/**
 * The claimant named in `sentence`, or null when it attributes nothing (or only to a
 * pronoun). `verbSeen`, when given, says whether the sentence holds one of VERBS as
 * a \w-word (a caller that already scanned the words passes it to skip the scan).
 */
export function findClaimant(sentence: string, verbSeen?: boolean): string | null {
  // "José" typed as e + U+0301: composed first, so the name's letters match as letters.
  if (COMBINING_ACCENT.test(sentence)) sentence = sentence.normalize("NFC");
  const plain = withoutAsides(sentence);
  return plain === sentence ? findClaimantIn(sentence, verbSeen) : findClaimantIn(plain);
}

/** findClaimant on a sentence whose asides are gone (stripped once: what is left may look like one again). */
function findClaimantIn(sentence: string, verbSeen?: boolean): string | null {
  const main = mainClauseStart(sentence);
  if (main > 0) return findClaimantIn(sentence.slice(main));
  const verb = verbSeen ?? verbGate.scan(sentence) !== 0;
  const according = sentence.includes("ccording to");
  if (!verb && !according) return null;
  if (verb) scanVerbs(sentence);
  return runPatterns(sentence, verb, according);
}

/**
 * findClaimant for a sentence whose claimant verbs a word pass has already found:
 * the \w-words starting at `at[k]` for the k < count with `bits[k] & verbBit` (the
 * signals' candidates, in text order), so the verbs need no scan of their own;
 * `according` says whether the sentence holds "ccording to" (the pass can tell).
 */
export function findClaimantAtVerbs(sentence: string, at: Int32Array, bits: Int32Array, count: number, verbBit: number, according: boolean): string | null {
  // Rare enough to take the scanning path rather than shift the pass's positions.
  if (mainClauseStart(sentence) > 0 || COMBINING_ACCENT.test(sentence) || withoutAsides(sentence) !== sentence) return findClaimant(sentence);
  verbSubjectMay = false;
  subjectVerbFrom = -1;
  groupNounBeforeVerb = false;
  verbsFrom = sentence.length; // every verb is in the list
  let verb = false;
  let settled = false;
  for (let k = 0; k < count; k++) {
    if ((bits[k] & verbBit) === 0) continue;
    verb = true;
    // Once both facts are settled, only a group noun before a later verb is still to find.
    if (!groupNounBeforeVerb) groupNounBeforeVerb = groupNounBefore(sentence, at[k]);
    else if (settled) break;
    if (!settled) settled = judgeVerb(sentence, at[k], wordEnd(sentence, at[k]));
  }
  if (!verb && !according) return null;
  return runPatterns(sentence, verb, according);
}

/** Where the \w-word starting at `start` ends. */
function wordEnd(text: string, start: number): number {
  let i = start;
  for (; i < text.length; i++) {
    const d = text.charCodeAt(i);
    const l = d | 32;
    if (!((l >= 97 && l <= 122 && d < 128) || (d >= 48 && d <= 57) || d === 95)) break;
  }
  return i;
}

/**
 * A sentence that opens with a condition ("If the data shows a rise, the council
 * said it would act", "Unless Tesco says otherwise, prices hold") attributes
 * nothing inside it: whoever "shows" or "says" there only might. Where the main
 * clause starts (after the condition's first comma), or 0 for any other sentence.
 */
const CONDITION = /^[\s"“‘'(]*(?:(?:even|only)\s+)?(?:if|unless)\b[^,]*,/iu;
function mainClauseStart(sentence: string): number {
  return CONDITION.exec(sentence)?.[0].length ?? 0;
}

/** The patterns in order, skipping what the verb facts rule out. */
function runPatterns(sentence: string, verb: boolean, according: boolean): string | null {
  // Whether NAMED_GROUP may match in VERB_SUBJECT or RELATIVE, found once and only if one is to run.
  let named = -1;
  for (const pattern of PATTERNS) {
    if (pattern === ACCORDING ? !according : !verb) continue;
    if (pattern === RELATIVE && !RELATIVE_GATE.test(sentence)) continue;
    if ((pattern === APPOSITIVE || pattern === NAME_BEFORE_VERB) && !APPOSITIVE_GATE.test(sentence)) continue;
    if (pattern === VERB_SUBJECT && !verbSubjectMay) continue;
    if (pattern === SUBJECT_VERB && subjectVerbFrom < 0) continue;
    if (named < 0 && (pattern === VERB_SUBJECT || pattern === RELATIVE)) named = mayHaveNamedGroup(sentence) ? 1 : 0;
    let match: RegExpExecArray | null;
    if (pattern === SUBJECT_VERB) {
      if (!groupNounBeforeVerb && verbsFrom < sentence.length) scanRestForGroupNoun(sentence);
      const from = groupNounBeforeVerb ? SUBJECT_VERB_FROM : SUBJECT_VERB_FROM_PLAIN;
      from.lastIndex = subjectVerbFrom;
      match = from.exec(sentence);
    } else if (pattern === VERB_SUBJECT) {
      match = (named === 1 ? VERB_SUBJECT : VERB_SUBJECT_PLAIN).exec(sentence);
    } else if (pattern === RELATIVE) {
      match = (named === 1 ? RELATIVE : RELATIVE_PLAIN).exec(sentence);
    } else {
      match = pattern.exec(sentence);
    }
    if (!match) continue;
    // A capitalised conjunction opens the clause, not the name: "And Business Week".
    const who = claimantOf(match, cleanClaimant);
    // Lower-case a copy only of a name short enough to be a pronoun.
    if (who && (who.length > PRONOUN_MAX || !PRONOUNS.has(who.toLowerCase()))) return who;
  }
  return null;
}

const isGroupNoun = makeWordSet(GROUP_NOUN_WORDS);

/**
 * Whether NAMED_GROUP can match in `text`: it ends in \s and a group noun, and every
 * pattern on SUBJECT has a character after it that is not an ASCII letter (\s, a
 * comma, or anything but [\p{L}\p{N}'’&-]). So some run of a-z after a \s must be
 * a group noun in full; most sentences hold none.
 */
function mayHaveNamedGroup(text: string): boolean {
  const n = text.length;
  for (let i = 1; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 97 || c > 122 || !isSpaceCode(text.charCodeAt(i - 1))) continue;
    let j = i + 1;
    while (j < n) {
      const d = text.charCodeAt(j);
      if (d < 97 || d > 122) break;
      j++;
    }
    if (isGroupNoun(text, i, j)) return true;
    i = j;
  }
  return false;
}

/*
 * What a pass over the claimant verbs of a sentence shows about the two patterns
 * that end or start at one (scanVerbs). Both patterns stay the definition: these
 * facts only skip a search that cannot match, or start it where every match must
 * start, and a test pins findClaimant to running every pattern in full.
 */

/**
 * NAMED_GROUP can end a SUBJECT_VERB match: some verb has a lower-case group noun
 * before it (groupNounBefore), among the verbs before verbsFrom.
 */
let groupNounBeforeVerb = false;
/** Where the verb pass stopped (the text's length: every verb was looked at). */
let verbsFrom = 0;

/** VERB_SUBJECT can match: some verb has [,"”’] and optional \s before it and \s after it. */
let verbSubjectMay = false;
/**
 * Where SUBJECT_VERB's search can start (-1: it cannot match). Its match ends at a
 * verb with one \s, an optional "also"/"has"/"have"/"had" and \s, before it, and
 * before that the last word of GROUP (a group noun) or NAME (a maximal run of
 * [\p{L}'’.&-] starting with \p{Lu}). Everything after its first code unit is in
 * [\p{L}\d\s'’.&-], so no match starts before the last code unit outside that set
 * in front of the first verb that can end one.
 */
let subjectVerbFrom = -1;

/** JavaScript's \s, by code. */
function isSpaceCode(code: number): boolean {
  if (code === 32 || (code >= 9 && code <= 13)) return true;
  if (code < 128) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 ||
    code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

const isAsciiLetter = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90);

/** Whether the code unit may be in NAME's [\p{L}'’.&-] (any non-ASCII unit may). */
const mayBeNameChar = (c: number): boolean => isAsciiLetter(c) || c === 39 || c === 46 || c === 38 || c === 45 || c >= 128;

/** Whether the code unit is surely outside [\p{L}\d\s'’.&-]: a barrier no SUBJECT_VERB match crosses. */
function isBarrier(c: number): boolean {
  if (c < 128) return !(isAsciiLetter(c) || (c >= 48 && c <= 57) || c === 32 || (c >= 9 && c <= 13) || c === 39 || c === 46 || c === 38 || c === 45);
  return c === 0x201c || c === 0x201d || c === 0x2014 || c === 0x2013 || c === 0xab || c === 0xbb;
}

/** Where the run of mayBeNameChar code units ending at `end` starts. */
function runStart(text: string, end: number): number {
  let k = end;
  while (k > 0 && mayBeNameChar(text.charCodeAt(k - 1))) k--;
  return k;
}

/** Whether the run text[start, end) may be the last word of NAME or GROUP. */
function mayEndSubject(text: string, start: number, end: number): boolean {
  if (start === end) return false;
  let lower = true;
  for (let k = start; k < end; k++) {
    const c = text.charCodeAt(k);
    if (c >= 128 || (c >= 65 && c <= 90)) return true; // maybe \p{Lu} first, or a non-ASCII letter: let the pattern decide
    if (!(c >= 97 && c <= 122)) lower = false;
  }
  return lower && GROUP_NOUN.test(text.slice(start, end));
}

/** Whether text[start, end) is one of the words SUBJECT_VERB allows between subject and verb. */
function isAuxiliary(text: string, start: number, end: number): boolean {
  const w = end - start;
  if (w < 3 || w > 4) return false;
  const s = text.slice(start, end);
  return s === "also" || s === "has" || s === "have" || s === "had";
}

/** Whether SUBJECT_VERB can end at the verb starting at `at`. */
function subjectMayEndBefore(text: string, at: number): boolean {
  if (at < 2 || !isSpaceCode(text.charCodeAt(at - 1))) return false;
  const start = runStart(text, at - 1);
  if (mayEndSubject(text, start, at - 1)) return true;
  if (!isAuxiliary(text, start, at - 1) || start < 2 || !isSpaceCode(text.charCodeAt(start - 1))) return false;
  return mayEndSubject(text, runStart(text, start - 1), start - 1);
}

/** End of the word nextVerb last found. */
let verbEnd = 0;

/**
 * The start of the next claimant verb (a \w-word in VERBS, hashed as the verb gate
 * does) at or after `from`, with its end in verbEnd; -1 when there is none.
 */
function nextVerb(text: string, from: number): number {
  const n = text.length;
  let i = from;
  while (i < n) {
    const c = text.charCodeAt(i);
    const lower = c | 32;
    if (!((lower >= 97 && lower <= 122 && c < 128) || (c >= 48 && c <= 57) || c === 95)) {
      i++;
      continue;
    }
    const start = i;
    let h = 0x811c9dc5;
    for (; i < n; i++) {
      const d = text.charCodeAt(i);
      const l = d >= 65 && d <= 90 ? d + 32 : d;
      if (!((l >= 97 && l <= 122) || (d >= 48 && d <= 57) || d === 95)) break;
      h = Math.imul(h ^ l, 0x01000193);
    }
    if (verbLookup(h & 0x3fffffff) !== 0) {
      verbEnd = i;
      return start;
    }
  }
  return -1;
}

/** Sets verbSubjectMay and subjectVerbFrom for `text` from its claimant verbs (\w-words in VERBS). */
function scanVerbs(text: string): void {
  verbSubjectMay = false;
  subjectVerbFrom = -1;
  groupNounBeforeVerb = false;
  verbsFrom = text.length;
  for (let start = nextVerb(text, 0); start >= 0; start = nextVerb(text, verbEnd)) {
    if (!groupNounBeforeVerb) groupNounBeforeVerb = groupNounBefore(text, start);
    if (judgeVerb(text, start, verbEnd)) {
      verbsFrom = verbEnd; // the verbs after here are looked at only if SUBJECT_VERB is to run
      return;
    }
  }
}

/** scanVerbs' pass continued from verbsFrom, for a group noun before a later verb. */
function scanRestForGroupNoun(text: string): void {
  const from = verbsFrom;
  verbsFrom = text.length;
  for (let start = nextVerb(text, from); start >= 0; start = nextVerb(text, verbEnd)) {
    if (groupNounBefore(text, start)) {
      groupNounBeforeVerb = true;
      return;
    }
  }
}

/** The start of the run of a-z ending at `end`. */
function lowerRunStart(text: string, end: number): number {
  let k = end;
  while (k > 0) {
    const c = text.charCodeAt(k - 1);
    if (c < 97 || c > 122) break;
    k--;
  }
  return k;
}

/**
 * Whether NAMED_GROUP can end before the verb starting at `at` in a SUBJECT_VERB
 * match: \s, a lower-case group noun in full (\s before it), \s and an optional
 * "also"/"has"/"have"/"had" and \s, then the verb.
 */
function groupNounBefore(text: string, at: number): boolean {
  if (at < 2 || !isSpaceCode(text.charCodeAt(at - 1))) return false;
  const start = lowerRunStart(text, at - 1);
  if (start === at - 1 || start < 1 || !isSpaceCode(text.charCodeAt(start - 1))) return false;
  if (isGroupNoun(text, start, at - 1)) return true;
  if (!isAuxiliary(text, start, at - 1)) return false;
  const before = lowerRunStart(text, start - 1);
  return before < start - 1 && before >= 1 && isSpaceCode(text.charCodeAt(before - 1)) && isGroupNoun(text, before, start - 1);
}

/** Updates verbSubjectMay and subjectVerbFrom for the verb text[start, end); true once both are settled. */
function judgeVerb(text: string, start: number, end: number): boolean {
  if (!verbSubjectMay && end < text.length && isSpaceCode(text.charCodeAt(end))) {
    let k = start - 1;
    while (k >= 0 && isSpaceCode(text.charCodeAt(k))) k--;
    const b = k >= 0 ? text.charCodeAt(k) : -1;
    verbSubjectMay = b === 44 || b === 34 || b === 0x201d || b === 0x2019;
  }
  if (subjectVerbFrom < 0 && subjectMayEndBefore(text, start)) {
    let k = start - 1;
    while (k >= 0 && !isBarrier(text.charCodeAt(k))) k--;
    subjectVerbFrom = k < 0 ? 0 : k;
  }
  return verbSubjectMay && subjectVerbFrom >= 0;
}

/** The clean-up of a matched name (the definition cleanClaimant is pinned to). */
export const cleanClaimantByRegex = (name: string): string =>
  name.replace(/[\s,.;:]+$/, "").replace(LEADING_OPENERS, "").trim();

const OPENING_CAPITAL = /^\p{Lu}/u;
const CONNECTIVE_SET = new Set(CONNECTIVES.split("|"));
const WEEKDAY_SET = new Set(WEEKDAYS.split("|"));
const DATE_WORD_SET = new Set([...WEEKDAYS.split("|"), ...MONTHS.split("|")]);
const DATE_PREFIX_SET = new Set(DATE_PREFIXES.split("|"));

/**
 * cleanClaimantByRegex by offsets and one slice: trailing [\s,.;:] off, then each
 * opener (LEADING_OPENERS) and its spaces off the front while a capital or "the"
 * and a space follows ("However Tesco", "On Tuesday Tesco", "Instead the Council"),
 * then spaces off both ends. It runs only on a match, but on most matches.
 */
export function cleanClaimant(name: string): string {
  let end = name.length;
  while (end > 0) {
    const c = name.charCodeAt(end - 1);
    if (!(isSpaceCode(c) || c === 44 || c === 46 || c === 59 || c === 58)) break;
    end--;
  }
  let start = 0;
  for (;;) {
    const word = openerEnd(name, start, end);
    if (word === start) break;
    let k = word;
    while (k < end && isSpaceCode(name.charCodeAt(k))) k++;
    if (k === word || k >= end || !(OPENING_CAPITAL.test(name.slice(k, Math.min(k + 2, end))) || theAt(name, k, end))) break;
    start = k;
  }
  while (start < end && isSpaceCode(name.charCodeAt(start))) start++;
  while (end > start && isSpaceCode(name.charCodeAt(end - 1))) end--;
  return start === 0 && end === name.length ? name : name.slice(start, end);
}

/** Whether name[k, end) starts with "the" and a space. */
const theAt = (name: string, k: number, end: number): boolean => k + 3 < end && name.startsWith("the", k) && isSpaceCode(name.charCodeAt(k + 3));

/** Where the ASCII letters from `start` end (before `end`). */
function lettersEnd(name: string, start: number, end: number): number {
  let i = start;
  while (i < end && isAsciiLetter(name.charCodeAt(i))) i++;
  return i;
}

/**
 * Where the opener of LEADING_OPENERS at name[start, end) ends, or `start` when none
 * is there: a connective or weekday, or a date prefix, spaces and a weekday or month.
 * Each is whole letters, so the opener is the run of letters (the caller checks the
 * spaces after it); no opener is a prefix of another.
 */
function openerEnd(name: string, start: number, end: number): number {
  const w = lettersEnd(name, start, end);
  if (w - start < 2) return start;
  const word = name.slice(start, w);
  if (CONNECTIVE_SET.has(word) || WEEKDAY_SET.has(word)) return w;
  if (!DATE_PREFIX_SET.has(word)) return start;
  let k = w;
  while (k < end && isSpaceCode(name.charCodeAt(k))) k++;
  if (k === w) return start;
  const v = lettersEnd(name, k, end);
  return DATE_WORD_SET.has(name.slice(k, v)) ? v : start;
}

/** The definition findClaimant is pinned to: every pattern run in full, no gates. */
export function findClaimantUngated(sentence: string): string | null {
  return ungatedIn(withoutAsides(sentence));
}

/** findClaimantUngated on a sentence whose asides are gone. */
function ungatedIn(sentence: string): string | null {
  const main = mainClauseStart(sentence);
  if (main > 0) return ungatedIn(sentence.slice(main));
  for (const pattern of PATTERNS) {
    const match = pattern.exec(sentence);
    if (!match) continue;
    const who = claimantOf(match, cleanClaimantByRegex);
    if (who && !PRONOUNS.has(who.toLowerCase())) return who;
  }
  return null;
}
