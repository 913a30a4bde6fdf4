/**
 * Word lists the sentence splitter consults at a full stop. They are kept apart
 * from the scanner so a desk can read (and extend) them without reading the state
 * machine. All entries are lower case and written without their final dot.
 */

/**
 * Titles and connectives that precede what follows them: a full stop after one of
 * these never ends a sentence when more text follows on the same line
 * ("Lt. Gen. James", "Sen. Warren", "Smith vs. Jones", "e.g. the").
 */
export const NEVER_FINAL = new Set([
  "mr", "mrs", "ms", "mx", "dr", "prof", "sen", "rep", "gov", "lt", "gen", "col", "maj",
  "capt", "cpt", "sgt", "cpl", "pvt", "adm", "cmdr", "rev", "hon", "pres", "supt", "det",
  "insp", "mt", "ft", "messrs", "mme", "mlle", "vs", "v", "e.g", "i.e", "cf",
  "viz", "approx", "ca", "esp", "incl", "dept", "univ", "assn", "atty", "amb",
  "ald", "fr", "msgr", "gens", "reps", "sens", "govs",
  // Hindi titles written with a dot: Dr., Shri, Prof., Smt. (डॉ. शर्मा ने कहा…).
  "डॉ", "श्री", "प्रो", "श्रीमती", "कु",
]);

/** Abbreviations that are only abbreviations before a number ("No. 5", "Art. 3", "p. 12"). */
export const BEFORE_NUMBER = new Set(["no", "nos", "art", "vol", "fig", "p", "pp", "ch", "sec", "op", "nr", "para", "ex"]);

/**
 * Abbreviations that can end a sentence as well as sit inside one ("moved to the
 * U.S. It then" versus "the U.S. Marine base"). After these the splitter breaks
 * only when the next word is a typical sentence opener.
 */
export const AMBIGUOUS = new Set([
  "jan", "feb", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec",
  "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri",
  "inc", "corp", "ltd", "co", "llc", "plc", "bros", "etc", "ave", "blvd", "rd",
  "ph.d", "m.d", "b.a", "m.a", "mba", "a.m", "p.m", "u.s", "u.k", "e.u", "u.n", "d.c",
  "u.s.a", "n.y", "l.a", "est", "al", "oz", "lb", "lbs", "yr", "yrs", "hr", "hrs", "km", "mi", "dist", "intl", "natl", "govt", "mass",
  "calif", "fla", "tex", "penn", "conn", "ariz", "colo", "mich", "minn",
]);

/**
 * Words that typically open a sentence. After an ambiguous abbreviation or an
 * initial, a following capitalised word from this list signals a new sentence;
 * any other capitalised word ("Marine", "Eastern", "Rowling") continues the name.
 */
export const SENTENCE_OPENERS = new Set([
  "the", "a", "an", "it", "its", "he", "she", "they", "we", "i", "you", "this", "that",
  "these", "those", "there", "his", "her", "their", "our", "my", "your", "in", "on", "at",
  "but", "and", "or", "so", "yet", "if", "when", "while", "after", "before", "as", "for",
  "since", "although", "though", "however", "meanwhile", "still", "then", "now", "also",
  "some", "many", "most", "all", "no", "not", "one", "two", "three", "what", "who", "why",
  "how", "where", "which", "last", "next", "by", "from", "with", "to", "of", "under",
  "officials", "both", "each", "according", "earlier", "later", "today", "yesterday",
  "tomorrow", "during", "despite", "instead", "because", "until", "over", "about", "more",
  "such", "here", "other", "another", "every", "nobody", "none", "only", "even", "just",
  "that's", "it's", "he's", "she's", "there's", "we're", "they're", "i'm", "did", "does",
  "do", "was", "were", "is", "are", "has", "have", "had", "will", "would", "can", "could",
]);

/**
 * Words that open sentences without naming anything: the splitter's openers and the
 * prepositions, adverbs, modals and interjections a sentence starts with before a
 * name ("Unlike Tesco", "Perhaps Labour", "May God"). The entity finder (signals.ts)
 * and the claimant finder (claimant.ts) share it.
 */
export const OPENING_NOT_NAME = new Set([
  ...SENTENCE_OPENERS,
  ...[
    // Prepositions and conjunctions.
    "among amid amidst against across along alongside around behind below beneath beside besides between beyond inside outside into onto upon",
    "within without through throughout toward towards via per near like unlike except including following regarding concerning considering given",
    "unless whether whereas whilst once nor either neither",
    // Adverbs.
    "thus hence therefore indeed otherwise perhaps maybe sometimes often usually never always already again first second third finally recently",
    "currently separately elsewhere overall similarly likewise ultimately eventually initially previously meanwhile furthermore moreover",
    "nevertheless nonetheless clearly obviously certainly surely",
    // Modals, contractions, interjections, imperatives and pronouns.
    "should shall must might may let let's don't didn't doesn't isn't aren't wasn't weren't can't won't wouldn't couldn't shouldn't haven't hasn't",
    "where's what's who's here's how's you're today's tonight's yes well oh please thanks thank dear hey hi hello uh um er ah look tell ask asking",
    "called met whose whom whatever whenever wherever whoever nothing everything everybody everyone something someone somebody anyone anybody",
    // Quantities ("Four Democrats voted for it").
    "any several few much four five six seven eight nine ten eleven twelve twenty thirty forty fifty sixty seventy eighty ninety hundreds thousands millions dozens",
  ].join(" ").split(" "),
]);

/**
 * "St." is Saint before a name ("St. Andrews", "St. Louis") and Street at the end of
 * an address, which can end a sentence ("on Main St. It was…"). It ends one only
 * before a capitalised sentence opener (SENTENCE_OPENERS); a quote or other
 * capitalised word continues the name.
 */
export const FINAL_ONLY_BEFORE_OPENER = new Set(["st"]);

/**
 * Name suffixes. After "Smith Jr." a name is complete, so a capitalised word
 * that follows starts a new sentence ("Smith Jr. Police said…") unless it is one
 * of SUFFIX_CONTINUATIONS ("Martin Luther King Jr. Day", "Jr. High School"). They
 * count as suffixes only after a capitalised word: "met Sr. Mary" is a title.
 */
export const NAME_SUFFIXES = new Set(["jr", "sr"]);

export const SUFFIX_CONTINUATIONS = new Set([
  "day", "high", "middle", "elementary", "school", "college", "university", "boulevard", "blvd", "avenue",
  "ave", "street", "st", "drive", "dr", "road", "rd", "way", "parkway", "highway", "bridge", "park", "plaza",
  "memorial", "center", "centre", "library", "hospital", "hall", "building", "stadium", "arena", "airport",
  "international", "federal", "foundation", "institute", "award", "prize", "holiday", "ii", "iii", "iv",
]);
