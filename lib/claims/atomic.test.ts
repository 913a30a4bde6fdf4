import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { claimCore, findAtomicClaims, isVerb, LEAD, mayHaveLead, parts, splitAtomicClaims, splitAtomicClaimsBySlices, VERB } from "./atomic";
import { scoreFound } from "./score";
import { lastMayHaveJoint } from "./signals";

/** findAtomicClaims as the pipeline calls it: told by the sentence's word pass whether a joint word is there. */
function afterPass(sentence: string): { start: number; end: number }[] {
  scoreFound(sentence);
  const n = findAtomicClaims(sentence, lastMayHaveJoint(sentence));
  return Array.from({ length: n }, (_, k) => ({ start: parts.starts[k], end: parts.ends[k] }));
}

/**
 * splitAtomicClaims finds a sentence's words once and answers each joint by index;
 * these tests pin it to the slice-per-joint definition it replaced.
 */
const PIECES = [
  "and", "but", "while", "whereas", "yet", "who", "which", ",", ";", ", and", ", who", "; ", ".", "…", "!", "?",
  "The", "the", "a", "Haiti", "U.S.", "Abu", "Bakr", "its", "people", "profits", "is", "was", "fell", "rose", "killed",
  "carried", "face", "don't", "isn’t", "-", "—", "- ", "3.5%", "100", "WASHINGTON (AP) —", "LONDON (AP) -", "HARBOURTON — ", "LONDON, Dec 4 (Reuters) - ", "NASA — ", "1.", "*",
  "“", "”", "\"", "‘", "’", "«", "»", "Control", "Prevention", "Disease", "I", "it's", "well-known", "  ", "\t", "Émile", "naïve", ",  and", ",who", ";", ";;", " ,", "andrew", "whom", "yet\u00a0", "𝐀𝐁", "٣", "\u2028",
  "were", "did", "didn't", "said", "says", "May", "within", "12%", ", the ONS said", "71.2% within 31 days", "in June,", "seen", "we're", "That's", "It", "they", "cannot", "Medicaid's",
];

const same = (sentence: string): void => {
  const expected = splitAtomicClaimsBySlices(sentence);
  expect(splitAtomicClaims(sentence)).toEqual(expected);
  expect(afterPass(sentence)).toEqual(expected);
};

describe("splitAtomicClaims", () => {
  test.each([
    "Haiti is one of the poorest countries and its people face repression.",
    "WASHINGTON (AP) — It is led by Abu Bakr, who ordered attacks that killed 100 people.",
    "LONDON (AP) -Prices rose 4% in May; wages rose 2% in June, and profits fell while costs rose.",
    "The president and his wife visited Paris on Monday.",
    "The group is led by Abu Bakr, which carried out attacks on them.",
    "Profits fell sharply this year, but costs rose faster than wages.",
    "Profits fell sharply this year whereas costs rose faster than wages.",
    "Profits fell sharply this year yet costs rose faster than wages.",
    "Prices rose sharply in May;\twages rose 2% in June.",
    "The state lost 9,246 jobs, a figure the Centers for Disease Control and Prevention does not support.",
    "“Crime in this state is the worst in the region, and it has been every year since 2022,” Natarajan said.",
    "Profits fell in Leeds and I said so at the time.",
    "‘Crime is the worst in the region, and it has been since 2022,’ she said.",
    "“Crime rose 5% last year and prices fell 3% in the town, said the mayor.",
    'He paid $2,000 for a 65" television and his wife spent $500 on a new phone.',
    "",
    "In March, 68.9% of patients were seen within 62 days; 71.2% within 31 days; and 93.2% within two weeks.",
    "Cancer waiting times; 68.9% of patients were seen within 62 days; 71.2% within 31 days, NHS England said.",
    "In 2023, 68.9% of patients were seen within 62 days; in 2024, 71.2% were.",
    "Sales in Germany fell 31%; in May, 12%; in June, sales rose 2%, the company says.",
  ])("agrees with the slice definition: %s", same);

  const texts = (sentence: string) => splitAtomicClaims(sentence).map(({ start, end }) => sentence.slice(start, end));
  test.each([
    // An "and" inside a name is no joint.
    ["The state lost 9,246 jobs, a figure the Centers for Disease Control and Prevention does not support.", ["The state lost 9,246 jobs, a figure the Centers for Disease Control and Prevention does not support"]],
    ["Shares of Johnson and Johnson rose 3% on Monday.", ["Shares of Johnson and Johnson rose 3% on Monday"]],
    // A quotation is its speaker's, whole.
    [
      "“Crime in this state is the worst in the region, and it has been every year since 2022,” Natarajan said.",
      ["“Crime in this state is the worst in the region, and it has been every year since 2022,” Natarajan said"],
    ],
    // Outside names and quotes, clauses still split.
    ["Profits fell sharply this year, and costs rose faster than wages.", ["Profits fell sharply this year", "costs rose faster than wages"]],
    ["Turnout rose in the city and the party held the seat by 400 votes.", ["Turnout rose in the city", "the party held the seat by 400 votes"]],
    // One capitalised word on each side is two things, not one name.
    ["Turnout rose in Leeds and Labour held the seat by 400 votes.", ["Turnout rose in Leeds", "Labour held the seat by 400 votes"]],
    ["Revenue rose 5% in Germany and France reported a loss of 2 million euros.", ["Revenue rose 5% in Germany", "France reported a loss of 2 million euros"]],
    ["Sales fell 10% in March and April saw a further drop of 4%.", ["Sales fell 10% in March", "April saw a further drop of 4%"]],
    // Single curly quotes and guillemets hold a quotation together too; an apostrophe does not open one.
    ["‘Crime is the worst in the region, and it has been since 2022,’ she said.", ["‘Crime is the worst in the region, and it has been since 2022,’ she said"]],
    ["« Crime is the worst in the region, and it has been since 2022 », she said.", ["« Crime is the worst in the region, and it has been since 2022 », she said"]],
    ["The council’s budget rose 4% in May, and fares fell 2% in June.", ["The council’s budget rose 4% in May", "fares fell 2% in June"]],
    // A quote that never closes, or an inch mark, holds nothing together.
    ["“Crime rose 5% last year and prices fell 3% in the town, said the mayor.", ["Crime rose 5% last year", "prices fell 3% in the town, said the mayor"]],
    ['He paid $2,000 for a 65" television and his wife spent $500 on a new phone.', ['He paid $2,000 for a 65" television', "his wife spent $500 on a new phone"]],
    ["She said “prices rose” and wages fell by 2% in June.", ["She said “prices rose”", "wages fell by 2% in June"]],
  ])("%s", (sentence, expected) => {
    expect(texts(sentence)).toEqual(expected);
  });

  // Editors' usability pass: figures listed after one subject and verb became cards like
  // "71.2% within 31 days", about nothing. A part needs a verb of its own to stand alone.
  test.each([
    // Statistics listed with a shared subject and verb: one claim, the list whole.
    [
      "In March, 68.9% of patients were seen within 62 days; 71.2% within 31 days; and 93.2% within two weeks.",
      ["In March, 68.9% of patients were seen within 62 days; 71.2% within 31 days; and 93.2% within two weeks"],
    ],
    [
      "Of those referred urgently, 68.9% started treatment within 62 days; 91.2% within 31 days of a decision to treat; 75.1% were told within 28 days.",
      // The third figure has its own verb ("were told"): it stands alone; the second goes with the first.
      ["Of those referred urgently, 68.9% started treatment within 62 days; 91.2% within 31 days of a decision to treat", "75.1% were told within 28 days"],
    ],
    ["68.9% of patients were seen within 62 days, 71.2% within 31 days and 80.4% within 14 days.", ["68.9% of patients were seen within 62 days, 71.2% within 31 days and 80.4% within 14 days"]],
    ["Labour won 412 seats; the Conservatives 121; the Liberal Democrats 72.", ["Labour won 412 seats; the Conservatives 121; the Liberal Democrats 72"]],
    // "X spent A on B and C on D": the second sum has no verb.
    ["The council spent £4m on roads and £2m on parks.", ["The council spent £4m on roads and £2m on parks"]],
    ["The council spent £4m on roads; £2m on parks; and £1m on libraries.", ["The council spent £4m on roads; £2m on parks; and £1m on libraries"]],
    // With a subject and verb of its own the second sum still splits.
    ["The council spent £4m on roads and the remaining £2m was held back.", ["The council spent £4m on roads", "the remaining £2m was held back"]],
    ["Unemployment rose to 5.1% and inflation fell to 2%.", ["Unemployment rose to 5.1%", "inflation fell to 2%"]],
    // Gapping: the verb is given once.
    ["Sales in Germany fell 31%; in France, 12%.", ["Sales in Germany fell 31%; in France, 12%"]],
    ["Exports rose 4% in May and imports 2% in June.", ["Exports rose 4% in May and imports 2% in June"]],
    ["John scored 12 points and Mary 15.", ["John scored 12 points and Mary 15"]],
    // "May" with a capital is the month: no verb of the part's own.
    ["Sales in Germany fell 31% in April; in May, 12%.", ["Sales in Germany fell 31% in April; in May, 12%"]],
    // An auxiliary left at the end stands for the verb phrase before it.
    ["In 2023, 68.9% of patients were seen within 62 days; in 2024, 71.2% were.", ["In 2023, 68.9% of patients were seen within 62 days; in 2024, 71.2% were"]],
    ["Turnout fell in Leeds; in Bradford it didn't.", ["Turnout fell in Leeds; in Bradford it didn't"]],
    // A trailing source is the sentence's, not the part's verb; a part with its own verb keeps the source on its span.
    [
      "In March, 68.9% of patients were seen within 62 days; 71.2% within 31 days, NHS England said.",
      ["In March, 68.9% of patients were seen within 62 days; 71.2% within 31 days, NHS England said"],
    ],
    ["Prices rose 4% in May; wages rose 2% in June, the ONS said.", ["Prices rose 4% in May", "wages rose 2% in June, the ONS said"]],
    // A first part without a verb goes with the next.
    ["Cancer waiting times in March; 68.9% of patients were seen within 62 days.", ["Cancer waiting times in March; 68.9% of patients were seen within 62 days"]],
    // An ellipsis in a list: the omitted items do not make a part a clause.
    [
      "The report found 68.9% of patients were seen within 62 days; … 71.2% within 31 days.",
      ["The report found 68.9% of patients were seen within 62 days; … 71.2% within 31 days"],
    ],
    [
      "68.9% of patients were seen within 62 days, 71.2% within 31 days, … and 80.4% within 14 days.",
      ["68.9% of patients were seen within 62 days, 71.2% within 31 days, … and 80.4% within 14 days"],
    ],
    // Gapping in a debate (CT24): the figure without a verb goes with the clause it borrows "have gone" from.
    [
      "Health-care costs have gone up 64 percent; tuitions have gone up 35 percent; gasoline prices up 30 percent.",
      ["Health-care costs have gone up 64 percent", "tuitions have gone up 35 percent; gasoline prices up 30 percent"],
    ],
    // A contraction or a subject pronoun is a clause's, though VERB lists no verb in it.
    ["That's a lot of jobs; that's a lot of new economic activity.", ["That's a lot of jobs", "that's a lot of new economic activity"]],
    ["They're making some progress; they need to make more.", ["They're making some progress", "they need to make more"]],
    ["Crime fell 4% in 2023; it always falls in a recession.", ["Crime fell 4% in 2023", "it always falls in a recession"]],
    // Clauses after a semicolon with subjects and verbs of their own still split.
    ["In May prices rose 4%; in June they fell 2%.", ["In May prices rose 4%", "in June they fell 2%"]],
    ["The trust missed the target; 68.9% of patients were seen within 62 days.", ["The trust missed the target", "68.9% of patients were seen within 62 days"]],
  ])("a part without a verb of its own is not split off: %s", (sentence, expected) => {
    expect(texts(sentence)).toEqual(expected);
  });

  test("agrees with the slice definition on random sentences", () => {
    const sentence = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 3 })), { maxLength: 30 }).chain((parts) =>
      fc.array(fc.constantFrom(" ", "", "  ", "\u00a0"), { minLength: parts.length, maxLength: parts.length })
        .map((gaps) => parts.map((p, k) => p + gaps[k]).join("")));
    fc.assert(
      fc.property(sentence, (s) => {
        same(s);
      }),
      { numRuns: 3000 },
    );
  });
});

describe("isVerb", () => {
  const definition = (w: string) => VERB.test(w.toLowerCase());
  const listed = VERB.source.slice(4, VERB.source.indexOf("|\\p{L}")).split("|");

  test("answers like VERB on its listed words, in any case", () => {
    expect(listed.length).toBeGreaterThan(50);
    for (const w of listed) {
      for (const form of [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1), w + "s", w + "ed", "un" + w]) expect(isVerb(form)).toBe(definition(form));
    }
  });

  test("answers like VERB on random words", () => {
    const unit = fc.constantFrom(..."abcdeEDnNtT'’-xyzé1".split(""), "ed", "ED", "n't", "said", "𝐀");
    fc.assert(fc.property(fc.string({ unit, maxLength: 9 }), (w) => void expect(isVerb(w)).toBe(definition(w))), { numRuns: 3000 });
  });
});

describe("mayHaveLead", () => {
  test("is true wherever LEAD matches", () => {
    const unit = fc.constantFrom(..."ABZaz .,'(:)—–-*•1\u00a0\tÉé".split(""), "AP", "(AP)", "WASHINGTON", " — ", " -- ", ", Dec 4 ", "12. ", "𝐀", "Update", "UPDATE", "1:12 a.m.: ");
    fc.assert(fc.property(fc.string({ unit, maxLength: 50 }), (s) => {
      if (LEAD.test(s)) expect(mayHaveLead(s)).toBe(true);
    }), { numRuns: 5000 });
    for (const s of ["WASHINGTON (AP) — x", "LONDON (Reuters) - x", "- x", "• x", "12) x", "ÉMILE (AP) — x", " A (B) - x", "HARBOURTON — X", "LONDON, Dec 4 (Reuters) - x", "SPRINGFIELD, Dec. 3 — X", "NEW YORK, Sept. 12, 2026 /PRNewswire/ -- X", "23:58 X", "Update 1:12 a.m.: X", "UPDATE: 1:12 a.m. X", "MANCHESTER, England — X", "AB/CD, Oct 2 (W) – x"]) expect(mayHaveLead(s)).toBe(true);
  });
});

describe("claimCore", () => {
  const core = (s: string) => {
    const { start, end } = claimCore(s);
    return s.slice(start, end);
  };

  test.each([
    ["WASHINGTON (AP) — The economy grew 2.5% in 2023.", "The economy grew 2.5% in 2023"],
    ["HARBOURTON — The town council voted 7 to 2 on Tuesday.", "The town council voted 7 to 2 on Tuesday"],
    ["LONDON, Dec 4 (Reuters) - Prices rose 4% in May.", "Prices rose 4% in May"],
    ["NEW YORK, N.Y. — The city hired 300 teachers.", "The city hired 300 teachers"],
    ["ST. LOUIS -- The mayor said crime fell.", "The mayor said crime fell"],
    ["SPRINGFIELD, Dec. 3 — The bridge will cost £48.2 million.", "The bridge will cost £48.2 million"],
    ["SPRINGFIELD, Dec 3 — The bridge will cost £48.2 million.", "The bridge will cost £48.2 million"],
    ["SPRINGFIELD, December 3 — The bridge will cost £48.2 million.", "The bridge will cost £48.2 million"],
    ["NEW YORK, Sept. 12, 2026 /PRNewswire/ -- Acme Corp reported revenue of $3.1bn.", "Acme Corp reported revenue of $3.1bn"],
    ["- Unemployment fell to 3%.", "Unemployment fell to 3%"],
    // Other scripts' stops come off too, as the full stop does (exports QA: claimReviewed kept "。").
    ["人口减少了85万人。", "人口减少了85万人"],
    ["सरकार ने 500 करोड़ रुपये खर्च किए।", "सरकार ने 500 करोड़ रुपये खर्च किए"],
    ["هل ارتفع التضخم بنسبة 12٪؟", "هل ارتفع التضخم بنسبة 12٪"],
    ["MANCHESTER, England — A former director was jailed for six years.", "A former director was jailed for six years"],
    ["NEW YORK, New York State -- Rents rose 4%.", "Rents rose 4%"],
    ["STOCKHOLM/FRANKFURT, Oct 23 (Wire) – Shares in Nordvik fell 14%.", "Shares in Nordvik fell 14%"],
    ["23:58 Social Democrat leader Jonas Brandt has arrived at party headquarters.", "Social Democrat leader Jonas Brandt has arrived at party headquarters"],
    ["10.42am: Turnout reached 61% at noon.", "Turnout reached 61% at noon"],
    ["UPDATE 1:12 a.m.: Turnout reached 61% at noon.", "Turnout reached 61% at noon"],
    ["Update 1:12 a.m.: Turnout reached 61% at noon.", "Turnout reached 61% at noon"],
    ["UPDATE: 1:12 a.m. Turnout reached 61% at noon.", "Turnout reached 61% at noon"],
    ["9:05 p.m. Polls have closed in 12 states.", "Polls have closed in 12 states"],
  ])("leaves the dateline, time stamp or list marker out: %s", (sentence, expected) => expect(core(sentence)).toBe(expected));

  test.each([
    // A lower-case word after the dash: an aside, not a dateline.
    ["NASA — the space agency — said the launch slipped.", "NASA — the space agency — said the launch slipped"],
    // No spaces around the hyphen: a name.
    ["COVID-19 cases rose 12% last week.", "COVID-19 cases rose 12% last week"],
    ["UK inflation rose to 4% in May.", "UK inflation rose to 4% in May"],
    // A date after the place but a lower-case word after the dash: an aside.
    ["BOEING, Dec. 3 — the day of the crash — said 12 planes were grounded.", "BOEING, Dec. 3 — the day of the crash — said 12 planes were grounded"],
    // A decimal or a time before a lower-case word: the sentence's own figure.
    ["10.42 percent of voters stayed home.", "10.42 percent of voters stayed home"],
    ["12:30 was the time the polls closed.", "12:30 was the time the polls closed"],
    ["NATO, Europe's alliance — the biggest — grew.", "NATO, Europe's alliance — the biggest — grew"],
  ])("keeps a sentence that only starts in capitals whole: %s", (sentence, expected) => expect(core(sentence)).toBe(expected));
});
