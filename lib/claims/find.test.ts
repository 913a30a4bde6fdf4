import { describe, expect, test } from "vitest";
import { CLAIM_KINDS } from "@/lib/workflow/statuses";
import { splitAtomicClaims } from "./atomic";
import { isBoilerplate } from "./boilerplate";
import { findClaimant } from "./claimant";
import { findClaims, scoreSentence, shippedModel } from "./index";

const ARTICLE = [
  "WASHINGTON (AP) — Haiti is one of the poorest countries in the world and its people face repression.",
  "The group is led primarily by Abu Bakr, who carried out attacks including the 2015 bombing that killed more than 100 people, three officials said. I think this is a terrible idea.",
  "Read more: Storm hits the coast. Another link.\nLeave a comment",
].join("\n\n");

describe("findClaims", () => {
  const results = findClaims(ARTICLE);

  test("sentence and claim offsets are exact", () => {
    for (const r of results) {
      expect(ARTICLE.slice(r.start, r.end)).toBe(r.text);
      for (const c of r.claims) {
        expect(ARTICLE.slice(c.start, c.end)).toBe(c.text);
        expect(c.start >= r.start && c.end <= r.end).toBe(true);
      }
      expect(CLAIM_KINDS).toContain(r.kind);
    }
  });

  test("the death-toll sentence is check-worthy, attributed, and its relative clause stays with its head", () => {
    const toll = results.find((r) => r.text.includes("Abu Bakr"))!;
    expect(toll.checkworthy).toBe(true);
    expect(toll.claimant).toBe("three officials");
    expect(toll.reasons).toContain("attributed to: three officials");
    expect(toll.reasons).toContain("number: 100");
    expect(toll.claims.map((c) => c.text)).toEqual([
      "The group is led primarily by Abu Bakr, who carried out attacks including the 2015 bombing that killed more than 100 people, three officials said",
    ]);
  });

  test("a split-off part is suggested only at the operating point, and a sentence keeps one claim at least", () => {
    const text = [
      "Sandberg said she did not expect the European Union to impose tariffs on Chinese heat pumps but that it \"would certainly help\".",
      "Council leader Cllr Sandra Kemp said the authority had filled 8,400 potholes last year, more than any previous year, and that the two budgets were separate.",
    ].join(" ");
    const model = shippedModel();
    for (const sentence of findClaims(text)) {
      expect(sentence.checkworthy).toBe(true);
      expect(sentence.claims.length).toBeGreaterThan(0);
      if (sentence.claims.length > 1) for (const claim of sentence.claims) expect(claim.score).toBeGreaterThanOrEqual(model.threshold);
    }
    const [tariffs, potholes] = findClaims(text);
    expect(tariffs.claims.map((c) => c.text)).toEqual(["Sandberg said she did not expect the European Union to impose tariffs on Chinese heat pumps"]);
    expect(potholes.claims.map((c) => c.text)).toEqual(["Council leader Cllr Sandra Kemp said the authority had filled 8,400 potholes last year, more than any previous year"]);
  });

  test("a sentence whose parts all fall below the operating point is proposed whole", () => {
    const text = "The poorest fifth of households are the least likely to own a car, and they are the ones breathing the dirtiest air.";
    const [sentence] = findClaims(text);
    expect(splitAtomicClaims(text)).toHaveLength(2);
    expect(sentence.checkworthy).toBe(true);
    expect(sentence.claims).toEqual([{ start: 0, end: text.length - 1, text: text.slice(0, -1), score: sentence.score }]);
  });

  test("figures listed after one subject and verb are one suggestion, not a card per figure", () => {
    // The editors' report: "71.2% within 31 days" on a card of its own said nothing about what it counted.
    const text = [
      "In March, 68.9% of patients were seen within 62 days; 71.2% within 31 days; 75.1% within 28 days; and 93.2% within two weeks.",
      "Labour won 412 seats; the Conservatives 121; the Liberal Democrats 72.",
      "Prices rose 4% in May; wages rose 2% in June.",
    ].join(" ");
    const [nhs, seats, prices] = findClaims(text);
    for (const sentence of [nhs, seats, prices]) expect(sentence.checkworthy).toBe(true);
    expect(nhs.claims.map((c) => c.text)).toEqual([nhs.text.slice(0, -1)]);
    expect(nhs.claims[0].start).toBe(nhs.start);
    expect(seats.claims.map((c) => c.text)).toEqual([seats.text.slice(0, -1)]);
    // Each with its own subject and verb, the two still split.
    expect(prices.claims.map((c) => c.text)).toEqual(["Prices rose 4% in May", "wages rose 2% in June"]);
    for (const sentence of [nhs, seats, prices]) for (const c of sentence.claims) expect(text.slice(c.start, c.end)).toBe(c.text);
  });

  test("opinion scores low and proposes nothing", () => {
    const opinion = results.find((r) => r.text.startsWith("I think"))!;
    expect(opinion.kind).toBe("opinion");
    expect(opinion.checkworthy).toBe(false);
    expect(opinion.claims).toEqual([]);
  });

  test("boilerplate lines are flagged and never proposed", () => {
    const furniture = results.filter((r) => r.boilerplate).map((r) => r.text);
    expect(furniture).toEqual(["Read more: Storm hits the coast.", "Another link.", "Leave a comment"]);
    for (const r of results.filter((x) => x.boilerplate)) expect(r.claims).toEqual([]);
  });
});

describe("scoreSentence", () => {
  test.each([
    ["statistic", "Unemployment fell to 3.5 percent in 2019, the lowest in 50 years.", true],
    ["money", "The program cost taxpayers $4.2 billion last year.", true],
    ["opinion", "I think he is a wonderful person.", false],
    ["speculation", "It may have been a mistake.", false],
    ["rhetorical question", "Who would believe that?", false],
    ["very short", "Thank you.", false],
    // Terse facts and fact-box lines carry a figure, so their shortness is not damped.
    ["very short with a number", "She was 91.", true],
    ["very short with a year", "He died in 2009.", true],
    ["a fact-box line", "Injured: 217", true],
    ["a table row", "Shots | 19 | 6", true],
  ])("%s", (_what, text, expected) => {
    const { score, checkworthy } = scoreSentence(text);
    expect(score).toBeGreaterThanOrEqual(0);
    expect(score).toBeLessThanOrEqual(1);
    expect(checkworthy).toBe(expected);
  });
});

describe("atomic claims", () => {
  const parts = (s: string) => splitAtomicClaims(s).map((p) => s.slice(p.start, p.end));
  test.each([
    ["two facts joined by and", "Haiti is one of the poorest countries and its people face repression.", ["Haiti is one of the poorest countries", "its people face repression"]],
    ["a relative clause stays with its head", "It is led by Abu Bakr, who ordered attacks that killed 100 people.", ["It is led by Abu Bakr, who ordered attacks that killed 100 people"]],
    ["a mid-sentence relative clause stays", "Officers said that evidence from Wales, which introduced a 20mph limit in 2023, showed a 28% fall.", ["Officers said that evidence from Wales, which introduced a 20mph limit in 2023, showed a 28% fall"]],
    ["between X and Y is one pair", "Borrowing reached £98.3bn between April and January, according to figures published last month.", ["Borrowing reached £98.3bn between April and January, according to figures published last month"]],
    ["between X and Y without a comma", "Trade grew 4% between 2019 and 2023 prices rose 6%.", ["Trade grew 4% between 2019 and 2023 prices rose 6%"]],
    ["of X and Y is one pair", "Losses were put at 4.7 billion pesos, with 98,000 hectares of rice and corn affected.", ["Losses were put at 4.7 billion pesos, with 98,000 hectares of rice and corn affected"]],
    ["but as an adverb starts no clause", "Beyond 7,000 steps the benefits continued to accrue, but more slowly, said the lead author.", ["Beyond 7,000 steps the benefits continued to accrue, but more slowly, said the lead author"]],
    // The source stays on the last span; every part carries it as the sentence's claimant.
    ["a trailing source does not stop a split", "The company cut 300 jobs and its shares fell 12%, analysts said.", ["The company cut 300 jobs", "its shares fell 12%, analysts said"]],
    ["a bare-noun subject after a comma is no clause", "Sales fell 31% in Germany, while sales in the Nordics rose 3%, the company said.", ["Sales fell 31% in Germany, while sales in the Nordics rose 3%, the company said"]],
    ["a source in front does not stop a split", "Nordvik said sales fell 31% in Germany, while the Nordics saw a 3% rise.", ["Nordvik said sales fell 31% in Germany", "the Nordics saw a 3% rise"]],
    ["an adverb after and is no subject", "Dr Lind, who performed the first transplant, and later founded a programme that treated 12,000 children, died on Sunday.", ["Dr Lind, who performed the first transplant, and later founded a programme that treated 12,000 children, died on Sunday"]],
    ["a closing quote left from an earlier sentence goes with its stop", "It was a scheme, planned over four and a half years.\"", ["It was a scheme, planned over four and a half years"]],
    ["an opening quote that closes later goes", "\u201cThere are 15 games left.", ["There are 15 games left"]],
    ["a quote opened and closed in the claim stays", "She said it \"would certainly help\".", ["She said it \"would certainly help\""]],
    ["compound subject stays one", "The president and his wife visited Paris on Monday.", ["The president and his wife visited Paris on Monday"]],
    ["one fact stays one", "Unemployment fell to 3.5% last year.", ["Unemployment fell to 3.5% last year"]],
    ["semicolon", "Prices rose 4% in May; wages rose 2% in June.", ["Prices rose 4% in May", "wages rose 2% in June"]],
    ["a toll after and", "Mayor Jane Doe said 1,200 homes were evacuated and 3 people died.", ["Mayor Jane Doe said 1,200 homes were evacuated", "3 people died"]],
    ["and with no second verb stays one", "Between 2 and 3 people attended the meeting.", ["Between 2 and 3 people attended the meeting"]],
  ])("%s", (_what, sentence, expected) => {
    expect(parts(sentence)).toEqual(expected);
  });
});

describe("claimant", () => {
  test.each([
    ["Three officials said the strike killed 169 people.", "Three officials"],
    ["The attack killed 40, according to Clarke.", "Clarke"],
    ["The report said unemployment rose to 5 percent.", "The report"],
    ["Apprehensions fell 20 percent, CBP said in a statement.", "CBP"],
    ["\"We will not back down,\" said Sen. Elizabeth Warren.", "Sen. Elizabeth Warren"],
    ["He said the economy grew.", null],
    [
      "Councillor David Brandt, who voted against the plan, said Harbourton has the highest class sizes in the county and that three primary schools need new roofs.",
      "Councillor David Brandt",
    ],
    ["Class sizes rose, said Harbourton has the highest.", null],
    ["Class sizes rose, said David Brandt has the figures.", null],
    ["The U.S. Chamber of Commerce, which rarely backs Democrats, said the plan would fail.", "The U.S. Chamber of Commerce"],
    ["Prices rose 4 percent, said Mayor Jane Doe on Tuesday.", "Mayor Jane Doe"],
    ["\"We will not back down,\" said Lt. Gen. James Dickinson Jr., who commands the base.", "Lt. Gen. James Dickinson Jr"],
    ["And Sean Hannity said the war was a mistake.", "Sean Hannity"],
    ["The sky is blue.", null],
    // A name and an appositive between commas, the wire-copy form.
    ["Sen. Maria Lopez, D-N.M., said the bill would create 2 million jobs.", "Sen. Maria Lopez"],
    ["Maria Lopez, a spokeswoman for the agency, said 40 people were hurt.", "Maria Lopez"],
    ["John Smith, 45, said the plant closed in 2019.", "John Smith"],
    ["The company said revenue rose 8% to $4 billion.", "The company"],
    ["I remember a lady in Houston, Texas, told me the rent doubled.", null],
    ["First, the Joint Chiefs of Staff went to the President, said the troops were ready.", null],
    ["Mr. Rockefeller rejected it in New York, said he did not agree, said it cost too much.", null],
  ])("%s", (sentence, expected) => {
    expect(findClaimant(sentence)).toBe(expected);
  });
});

describe("reasons", () => {
  const reasonsOf = (text: string) => findClaims(text)[0].reasons;

  test.each([
    "The government spent $4 billion on roads in 2019.",
    "He said: The government spent $4 billion on roads.",
    "\"And I can tell you: The number one job is security.\"",
    "Officials said — The bridge cost $40 million.",
  ])("a capitalised sentence opener is not a named entity: %s", (text) => {
    const reasons = reasonsOf(text);
    for (const opener of ["The", "And", "In", "But"]) expect(reasons).not.toContain(`named entity: ${opener}`);
  });

  test("every figure is listed once, up to six of a sort, and money loses a trailing comma", () => {
    const reasons = reasonsOf("Ellison paid £310,000 for a home, £87,500 for a car, £12,400 in fees, £310,000 in tax and £9,000 to a friend, police said.");
    expect(reasons.filter((r) => r.startsWith("money: "))).toEqual(["money: £310,000", "money: £87,500", "money: £12,400", "money: £9,000"]);
    expect(reasonsOf("The average invoice was for £6,075, below the £10,000 threshold.")).toEqual(expect.arrayContaining(["money: £6,075", "money: £10,000"]));
    const many = reasonsOf("The poll found 11%, 12%, 13%, 14%, 15%, 16% and 17% support across seven regions.");
    expect(many.filter((r) => r.startsWith("percentage: "))).toEqual(["11", "12", "13", "14", "15", "16"].map((n) => `percentage: ${n}%`));
    const numbers = reasonsOf("Rovers have 58 points from 31 games, 4 more than the 54 of City with 12 wins.");
    expect(numbers.filter((r) => r.startsWith("number: "))).toEqual(["number: 58", "number: 31", "number: 4", "number: 54", "number: 12"]);
  });

  test("a name after a capitalised opener is still reported, without the opener", () => {
    expect(reasonsOf("He said: The Bank of England raised rates by 0.5 percent.")).toContain("named entity: Bank of England");
    // A number that the sentence goes on after keeps no comma.
    expect(reasonsOf("John Smith, 45, said the plant closed.")).toContain("number: 45");
    // "last" of "last month" is the date, not a superlative.
    expect(reasonsOf("Traffic rose 38 percent last month.")).not.toContain("superlative: last");
    expect(reasonsOf("Traffic rose 38 percent last month, the largest rise in years.")).toContain("superlative: largest");
  });

  test("nothing is said twice: a year or day already in the date, the claimant again as a named entity", () => {
    const reasons = reasonsOf("The U.S. economy grew 2.5% in 2023, the Commerce Department said Thursday.");
    expect(reasons).toEqual(["percentage: 2.5%", "date: in 2023", "change: grew", "attributed to: Commerce Department", "named entity: U.S"]);
    const vote = reasonsOf("The bill passed the House 220-215 on Sept. 12, with No. 3 Republican Steve Scalise voting no.");
    expect(vote).toContain("date: Sept. 12");
    expect(vote).not.toContain("number: 12");
    expect(vote).not.toContain("named entity: Sept");
    expect(vote).toContain("named entity: Republican Steve Scalise");
    // A different name than the claimant's is still shown.
    expect(reasonsOf("Unemployment in Ohio fell to 3.5 percent, according to the Labor Department.")).toEqual(
      expect.arrayContaining(["attributed to: the Labor Department", "named entity: Ohio"]),
    );
  });

  test("a dateline adds nothing to the reasons: they are the claim's, and the claim leaves it out", () => {
    const [lead] = findClaims("LONDON, Dec 4 (Reuters) - Britain's economy shrank by 0.1% in October, official figures showed.");
    expect(lead.reasons).toEqual(expect.arrayContaining(["percentage: 0.1%", "date: October", "change: shrank"]));
    expect(lead.reasons.some((r) => /Dec|LONDON|Reuters|number: 4/.test(r))).toBe(false);
    expect(lead.claims[0].text.startsWith("Britain's economy")).toBe(true);
    // The sentence keeps its own offsets and text.
    expect(lead.start).toBe(0);
    expect(lead.text.startsWith("LONDON")).toBe(true);
    // A list marker likewise.
    expect(findClaims("• Unemployment fell to 3.5% in October, according to the Labor Department.")[0].claimant).toBe("the Labor Department");
  });

  test("a line set all in capitals names no entities (its capitals are the typesetting)", () => {
    expect(reasonsOf("BREAKING: COUNCIL VOTES 7-2 FOR BRIDGE").some((r) => r.startsWith("named entity"))).toBe(false);
    expect(reasonsOf("ÉCOLE NORMALE CLOSES 40 SCHOOLS").some((r) => r.startsWith("named entity"))).toBe(false);
    expect(reasonsOf("The council and NATO met in Harbourton on Tuesday.")).toContain("named entity: NATO");
  });

  test("a clock time is one match and no figure, a date keeps its day and year, a degree is no name", () => {
    // The time of day is one match (the model's number feature counts it once), but no figure an editor checks.
    const meeting = reasonsOf("The meeting started at 10:30 a.m. and ended at 11:45 p.m., according to the minutes.");
    expect(meeting.filter((r) => r.startsWith("number: "))).toEqual([]);
    // Three digits after the colon are not minutes: the expression stops before it.
    expect(reasonsOf("The ratio was 7:305 in the end.")).toEqual(expect.arrayContaining(["number: 7", "number: 305"]));
    const british = reasonsOf("Dr. Jane Smith, Ph.D., said the river rose 3.2 metres on 4 March 2024.");
    expect(british).toContain("date: 4 March 2024");
    expect(british).not.toContain("number: 4");
    expect(british.some((r) => r.includes("Ph.D"))).toBe(false);
    expect(reasonsOf("The plant closed on March 4, 2024, after 30 years.")).toContain("date: March 4, 2024");
    // A number joined to a word by a hyphen is part of a name.
    const covid = reasonsOf("The F-35 program cost $1.7 trillion as COVID-19 cases rose 12 percent, the GAO said.");
    expect(covid).not.toContain("number: 35");
    expect(covid).not.toContain("number: 19");
    // A vote, a score or a short range is one number; a year range is two.
    expect(reasonsOf("The vote was 220-215 in the House.")).toContain("number: 220-215");
    expect(reasonsOf("The council voted 7-2 for the bridge, which takes 3–4 years to build.")).toEqual(expect.arrayContaining(["number: 7-2", "number: 3–4"]));
    const years = reasonsOf("Spending rose 12 times between 2019-2020 and the plan.");
    expect(years).toContain("date: 2019");
    expect(years.some((r) => r.includes("2019-20"))).toBe(false);
    // "last" of "last week" is the date: the sentence is no comparison.
    expect(findClaims("Cases rose in the county last week.")[0].kind).toBe("event");
    expect(findClaims("It was the last bridge built in the county.")[0].kind).toBe("comparison");
    // A longer number before the month is not its day.
    expect(reasonsOf("There were 123 March marchers in the town, the police said.")).toContain("number: 123");
  });

  test("a name that opens the sentence keeps its first word", () => {
    const entities = (text: string) => reasonsOf(text).filter((r) => r.startsWith("named entity: "));
    expect(entities("Tesco Foods expects food prices to rise 4% this year.")).toEqual(["named entity: Tesco Foods"]);
    expect(entities("New York City officials expect crime to fall 3% in 2024.")).toEqual(["named entity: New York City"]);
    // Said by the name's officials: the claimant holds the name, which is not repeated.
    expect(reasonsOf("New York City officials said crime fell 3% in 2024.")).toContain("attributed to: New York City officials");
    expect(entities("New York City officials said crime fell 3% in 2024.")).toEqual([]);
    expect(entities("“British Gas raised its prices by 8%,” the regulator said.")).toEqual(["named entity: British Gas"]);
    expect(entities("Prime Minister Rishi Sunak promised 40,000 new homes in Leeds.")).toEqual(["named entity: Prime Minister Rishi Sunak", "named entity: Leeds"]);
    // Said by the name itself: one reason, the claimant, with the whole name.
    const [tesco] = findClaims("Tesco Foods said prices rose 4% in a year.");
    expect(tesco.claimant).toBe("Tesco Foods");
    expect(tesco.reasons).toContain("attributed to: Tesco Foods");
    expect(tesco.reasons.some((r) => r === "named entity: Foods")).toBe(false);
  });

  test.each([
    ["The Commerce Department expects the economy to grow 2%.", "Commerce Department"],
    ["However Tesco expects profits to fall 12% in a year.", "Tesco"],
    ["Unlike Tesco Asda cut prices by 4% in May.", "Tesco Asda"],
    ["In Paris, rents rose 9% last year.", "Paris"],
    ["Shares of Apple rose 3% on Monday.", "Apple"],
  ])("a word capitalised only because it opens the sentence stays out: %s", (text, entity) => {
    expect(reasonsOf(text).filter((r) => r.startsWith("named entity: "))[0]).toBe(`named entity: ${entity}`);
  });

  test("a capitalised word alone at the start is still no entity", () => {
    expect(reasonsOf("Prices rose 4% in a year.").some((r) => r.startsWith("named entity"))).toBe(false);
    expect(reasonsOf("Sometimes I think the figures are wrong.").some((r) => r.startsWith("named entity"))).toBe(false);
  });

  test.each([
    ["The new bridge is due to open next year.", "due to open"],
    ["The law is due to take effect in March.", "due to take"],
    ["Ministers are due to vote on the bill on Tuesday.", "due to vote"],
    ["The inquiry's report is due to be published in the spring.", "due to be"],
    ["The plant is due to close in 2026 with the loss of 400 jobs.", "due to close"],
  ])("\"due to\" and a verb is a timetable, not a cause: %s", (text, phrase) => {
    const [r] = findClaims(text);
    expect(r.reasons).toContain(`prediction: ${phrase}`);
    expect(r.reasons.some((reason) => reason.startsWith("causal: "))).toBe(false);
  });

  test("\"due to\" and a verb is a prediction when nothing else decides the kind", () => {
    expect(findClaims("The law is due to take effect in March.")[0].kind).toBe("prediction");
    expect(findClaims("The new bridge is due to open next year.")[0].kind).toBe("prediction");
  });

  test.each([
    "Sales fell due to rising costs.",
    "Flights were cancelled due to the strike at Heathrow.",
    "Hundreds were told to isolate due to close contact with a case.",
    "Margins shrank due to start-up costs at the new plant.",
  ])("\"due to\" and a noun stays a cause: %s", (text) => {
    const [r] = findClaims(text);
    expect(r.reasons).toContain("causal: due to");
    expect(r.reasons.some((reason) => reason.startsWith("prediction: "))).toBe(false);
  });

  test("pence are money when the figure and its p stand alone", () => {
    const money = (text: string) => reasonsOf(text).filter((r) => r.startsWith("money: "));
    expect(money("A loaf of white bread now costs 40p at most supermarkets.")).toEqual(["money: 40p"]);
    expect(money("Diesel is up 12.5p a litre since January, the RAC said.")).toEqual(["money: 12.5p"]);
    expect(money("Shares in the grocer closed 12p lower at 345p.")).toEqual(["money: 12p", "money: 345p"]);
    expect(money("The chancellor announced a 5p-a-litre cut in fuel duty.")).toEqual(["money: 5p"]);
    expect(money("Every item in the shop costs 99p.")).toEqual(["money: 99p"]);
    // The figure is shown once, as money.
    expect(reasonsOf("A loaf of white bread now costs 40p at most supermarkets.")).not.toContain("number: 40");
    expect(findClaims("A first-class stamp will cost 95p from April.")[0].kind).toBe("prediction");
    expect(findClaims("A first-class stamp cost 95p last year.")[0].kind).toBe("statistic");
  });

  test.each([
    "The council meeting starts at 4pm on Thursday.",
    "Doors open at 7p.m. and the debate starts at 8 p.m. sharp.",
    "Inflation was 3pc in May, the highest in a decade.",
    "The Galaxy A4p and the X-4p went on sale in 40 countries.",
    "The cameras record 1080p video at 60 frames a second.",
    "The figure was revised to 1,40p in the draft.",
  ])("no pence in: %s", (text) => {
    expect(reasonsOf(text).filter((r) => r.startsWith("money: "))).toEqual([]);
  });

  test("the claimant bug sentence is attributed to the councillor", () => {
    const [r] = findClaims(
      "Councillor David Brandt, who voted against the plan, said Harbourton has the highest class sizes in the county and that three primary schools need new roofs.",
    );
    expect(r.claimant).toBe("Councillor David Brandt");
    expect(r.reasons).toContain("attributed to: Councillor David Brandt");
    expect(r.reasons).not.toContain("attributed to: Harbourton");
  });
});

describe("boilerplate", () => {
  test.each([
    ["Leave a comment", true],
    ["See inside the new stadium", true],
    ["Read more: Trump says", true],
    ["Watch: the video", true],
    ["Photo: Jane Doe/Reuters", true],
    ["Sign up for our morning newsletter.", true],
    ["Share this article", true],
    ["The share of voters rose.", false],
    ["Subscribers rose 5%.", false],
    ["He read more than 50 books.", false],
  ])("%s", (line, expected) => {
    expect(isBoilerplate(line)).toBe(expected);
  });
});
