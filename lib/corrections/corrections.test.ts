import { describe, expect, test } from "vitest";
import { DEFAULT_VERDICT_SCALE, type VerdictScaleEntry } from "@/lib/verdicts/scale";
import {
  balanceQuotes,
  capitaliseSentence,
  correctionGaps,
  correctionRequirement,
  draftCorrectionNote,
  initialCorrectionType,
  isDraftedNote,
  lowerSentenceOpener,
  needsCorrectedText,
  suggestedCorrectionType,
  toFragment,
} from "./index";

describe("toFragment", () => {
  test.each([
    ["  the bridge opened in 1932.  ", "the bridge opened in 1932"],
    ["Really?!", "Really"],
    ["a\nsplit\n\tline.", "a split line"],
    ['he said "it is 5."', 'he said "it is 5"'],
    ["she wrote “169 schools.”", "she wrote “169 schools”"],
    ["(it was 5.)", "(it was 5)"],
    ["the U.S.", "the U.S"],
    ["ends in quote 'x'", "ends in quote 'x'"],
    ["…", ""],
    ["", ""],
    ["שלום עולם.", "שלום עולם"],
  ])("%j → %j", (input, expected) => {
    expect(toFragment(input)).toBe(expected);
  });
});

describe("draftCorrectionNote", () => {
  test.each([
    // Phrases keep the house pattern word for word.
    ["correction", "the number of schools", "196", "An earlier version of this article misstated the number of schools. It is 196."],
    ["correction", "the U.S.", "Canada.", "An earlier version of this article misstated the U.S. It is Canada."],
    ["correction", "the date", "", "An earlier version of this article misstated the date."],
    ["correction", "", "1932", "An earlier version of this article contained an error. It is 1932."],
    ["correction", "  ", " ", "An earlier version of this article contained an error."],
    // A claim is usually a whole sentence: it is reported, and a corrected sentence stands on its own.
    [
      "correction",
      "The river rose 4.2 metres on Monday.",
      "The river rose 3.9 metres on Monday.",
      "An earlier version of this article incorrectly said that the river rose 4.2 metres on Monday. The river rose 3.9 metres on Monday.",
    ],
    ["correction", "The city has 169 schools.", "196", "An earlier version of this article incorrectly said that the city has 169 schools. It is 196."],
    ["correction", "the city has 169 schools.", "the city has 196 schools.", "An earlier version of this article incorrectly said that the city has 169 schools. The city has 196 schools."],
    ["correction", "It's 12 km long.", "it’s 21 km long.", "An earlier version of this article incorrectly said that it's 12 km long. It’s 21 km long."],
    // A name keeps its capital, wherever it lands.
    [
      "correction",
      "Mayor Lena Fischer opened the bridge on 3 May.",
      "Deputy Mayor Tom Berg opened the bridge.",
      "An earlier version of this article incorrectly said that Mayor Lena Fischer opened the bridge on 3 May. Deputy Mayor Tom Berg opened the bridge.",
    ],
    ["correction", "The iPhone 15 sold 2 million units.", "iPhone sales were 1.2 million units.", "An earlier version of this article incorrectly said that the iPhone 15 sold 2 million units. iPhone sales were 1.2 million units."],
    // Quotations: reported after a colon, full stops inside the quote not doubled.
    ['correction', 'the mayor said "tax rose 5%."', "3%", 'An earlier version of this article incorrectly said that the mayor said "tax rose 5%". It is 3%.'],
    [
      "correction",
      "“The bridge is safe,” the mayor said.",
      "“The bridge needs repairs,” the mayor said.",
      "An earlier version of this article incorrectly said: “The bridge is safe,” the mayor said. “The bridge needs repairs,” the mayor said.",
    ],
    // A quotation the claim's span cut in half is closed, or opened, never left dangling.
    ["correction", "“Tax rose 5% last year.", "", "An earlier version of this article incorrectly said: “Tax rose 5% last year”."],
    ["correction", "tax rose 5%,” the mayor said.", "", "An earlier version of this article incorrectly said: “Tax rose 5%,” the mayor said."],
    ['correction', 'He called it "a disaster and left.', "", 'An earlier version of this article incorrectly said that he called it "a disaster and left".'],
    // Brackets and abbreviations: one full stop, never two.
    ["correction", "The budget grew (by 4%.)", "", "An earlier version of this article incorrectly said that the budget grew (by 4%)."],
    ["correction", "The firm is based in Washington, D.C.", "", "An earlier version of this article incorrectly said that the firm is based in Washington, D.C."],
    ["correction", "The council\n  voted 7 to 2.", "", "An earlier version of this article incorrectly said that the council voted 7 to 2."],
    // The other types.
    ["clarification", "prices rose", "prices rose in real terms", "An earlier version of this article said prices rose. To clarify, prices rose in real terms."],
    ["clarification", "The rent doubled.", "The median rent doubled.", "An earlier version of this article said that the rent doubled. To clarify, the median rent doubled."],
    ["clarification", "The rent doubled.", "", "An earlier version of this article said that the rent doubled, which needed clarification."],
    ["clarification", "", "The figure is the median rent.", "This article has been updated to clarify that the figure is the median rent."],
    ["update", "two people were hurt", "three people were hurt.", "This article has been updated. An earlier version said that two people were hurt. It now says that three people were hurt."],
    // A claim's text stops before its full stop: its verb still makes it a sentence, never "misstated Unemployment fell…" or "It is Unemployment rose…".
    [
      "correction",
      "Unemployment fell to 3.9% in March, the Bureau of Labor Statistics reported",
      "Unemployment rose to 4.1% in March",
      "An earlier version of this article incorrectly said that Unemployment fell to 3.9% in March, the Bureau of Labor Statistics reported. Unemployment rose to 4.1% in March.",
    ],
    ["correction", "The bridge will cost $48.5 million", "$52 million", "An earlier version of this article incorrectly said that the bridge will cost $48.5 million. It is $52 million."],
    ["correction", "The city council approved a $4.2 million budget", "", "An earlier version of this article incorrectly said that the city council approved a $4.2 million budget."],
    // An "-ed" word in a name or before a noun is no verb: these stay phrases.
    ["correction", "the United States", "Canada", "An earlier version of this article misstated the United States. It is Canada."],
    ["correction", "three hundred delegates", "four hundred delegates", "An earlier version of this article misstated three hundred delegates. It is four hundred delegates."],
    ["correction", "the newly elected mayor", "the acting mayor", "An earlier version of this article misstated the newly elected mayor. It is the acting mayor."],
    ["correction", "the speed limit", "the average speed", "An earlier version of this article misstated the speed limit. It is the average speed."],
    ["correction", "the Sacred Heart Hospital", "St Mary's Hospital", "An earlier version of this article misstated the Sacred Heart Hospital. It is St Mary's Hospital."],
    ["update", "There were two lanes.", "There are three lanes.", "This article has been updated. An earlier version said that there were two lanes. It now says that there are three lanes."],
    ["update", "", "The road reopened on Friday.", "This article has been updated. It now says that the road reopened on Friday."],
    ["editors_note", "The report was final.", "The report is a draft.", "Editor's note: An earlier version of this article said that the report was final. It now says that the report is a draft."],
    ["editors_note", "", "the author owns shares in the firm.", "Editor's note: The author owns shares in the firm."],
    ["editors_note", "", "", "Editor's note:"],
    // Other scripts: their own stop is dropped (one full stop, not "。."), and a claim is reported as said.
    ["correction", "国家统计局表示，人口减少了85万人。", "人口减少了75万人。", "An earlier version of this article incorrectly said that 国家统计局表示，人口减少了85万人. 人口减少了75万人."],
    ["correction", "सरकार ने 500 करोड़ रुपये खर्च किए।", "", "An earlier version of this article incorrectly said that सरकार ने 500 करोड़ रुपये खर्च किए."],
    ["correction", "ارتفع التضخم بنسبة 12٪ خلال الربع الأخير؟", "", "An earlier version of this article incorrectly said that ارتفع التضخم بنسبة 12٪ خلال الربع الأخير."],
    ["correction", "「税収は3%増えた。」", "", "An earlier version of this article incorrectly said that 「税収は3%増えた」."],
    ["correction", "the number of schools", "人口", "An earlier version of this article misstated the number of schools. It is 人口."],
  ] as const)("%s: %j / %j", (type, original, corrected, expected) => {
    expect(draftCorrectionNote({ type, original, corrected })).toBe(expected);
  });

  test("a drafted note starts with a capital, ends with one full stop and balances its quotes", () => {
    const claims = [
      "The mayor said \"169 schools, all open\" 😀 — שלום עולם.",
      "“We will not raise taxes,” the mayor said, “not this year.",
      "the council spent £2.4m on the scheme...",
      "In 2024 the city counted 1,204 homeless people.",
    ];
    for (const type of ["correction", "clarification", "update", "editors_note"] as const) {
      for (const original of claims) {
        const note = draftCorrectionNote({ type, original, corrected: "The council spent £1.9m." });
        expect(note).toMatch(/^\p{Lu}/u);
        expect(note).toMatch(/[^.]\.$/u);
        expect(note).not.toMatch(/\.\s*\./u);
        expect(note.split("“").length).toBe(note.split("”").length);
        expect((note.match(/"/g) ?? []).length % 2).toBe(0);
      }
    }
  });
});

describe("balanceQuotes and capitaliseSentence", () => {
  test.each([
    ["“Tax rose", "“Tax rose”"],
    ["rose,” she said", "“rose,” she said"],
    ['he said "no', 'he said "no"'],
    ['no," he said', '"no," he said'],
    ["«Oui", "«Oui»"],
    ["it's fine", "it's fine"],
    ["“a” and “b”", "“a” and “b”"],
  ])("balanceQuotes %j → %j", (input, expected) => {
    expect(balanceQuotes(input)).toBe(expected);
  });

  test.each([
    ["the river rose", "The river rose"],
    ["“the bridge is safe,” she said", "“The bridge is safe,” she said"],
    ["iPhone sales fell", "iPhone sales fell"],
    ["196 schools", "196 schools"],
    ["Already capital", "Already capital"],
  ])("capitaliseSentence %j → %j", (input, expected) => {
    expect(capitaliseSentence(input)).toBe(expected);
  });
});

describe("lowerSentenceOpener", () => {
  test.each([
    ["The river rose", "the river rose"],
    ["A bridge", "a bridge"],
    ["An inquiry began", "an inquiry began"],
    ["This year", "this year"],
    ["Their report", "their report"],
    ["Its budget", "its budget"],
    ["There’s no limit", "there’s no limit"],
    ["In 2024 the city", "in 2024 the city"],
    // Names, months and words that can be names stay as written.
    ["Mayor Lena Fischer said", "Mayor Lena Fischer said"],
    ["May was wet", "May was wet"],
    ["Will Smith said", "Will Smith said"],
    ["Lena said", "Lena said"],
    // Not a capitalised opener followed by more words.
    ["THE END is near", "THE END is near"],
    ["The", "The"],
    ["Thereby hangs a tale", "Thereby hangs a tale"],
    ["A-levels rose", "A-levels rose"],
    ['"The bridge is safe," she said', '"The bridge is safe," she said'],
    ["the river", "the river"],
    ["196", "196"],
    ["שלום עולם", "שלום עולם"],
    ["", ""],
  ])("%j → %j", (input, expected) => {
    expect(lowerSentenceOpener(input)).toBe(expected);
  });
});

describe("isDraftedNote", () => {
  const texts = { type: "correction", original: "The city has 169 schools.", corrected: "" } as const;

  test("a note still as drafted follows the texts; one the editor wrote does not", () => {
    const drafted = draftCorrectionNote(texts);
    expect(isDraftedNote({ ...texts, note: drafted })).toBe(true);
    expect(isDraftedNote({ ...texts, note: `${drafted}\n` })).toBe(true);
    expect(isDraftedNote({ ...texts, note: `${drafted} We regret the error.` })).toBe(false);
    // Drafted before the corrected text was written: it is still the pattern's, not the editor's.
    expect(isDraftedNote({ ...texts, corrected: "196", note: drafted })).toBe(false);
    expect(isDraftedNote({ ...texts, corrected: "196", note: draftCorrectionNote({ ...texts, corrected: "196" }) })).toBe(true);
  });

  test("an unknown type is never a draft", () => {
    expect(isDraftedNote({ ...texts, type: "retraction" as never, note: draftCorrectionNote(texts) })).toBe(false);
  });
});

describe("correctionGaps", () => {
  const complete = { type: "correction", correctedText: "The city has 196 schools.", note: "An earlier version misstated the number." } as const;

  test("a draft may be incomplete", () => {
    expect(correctionGaps({ ...complete, correctedText: "", note: "" }, "draft", "draft")).toEqual({});
    expect(correctionGaps({ ...complete, correctedText: "  " }, "approved", "draft")).toEqual({});
  });

  test("a complete correction may be approved, published and edited", () => {
    expect(correctionGaps(complete, "draft", "approved")).toEqual({});
    expect(correctionGaps(complete, "approved", "published")).toEqual({});
    expect(correctionGaps(complete, "published", "published")).toEqual({});
  });

  test.each([
    ["draft", "approved", "Write the corrected text before approving."],
    ["approved", "published", "Write the corrected text before publishing."],
    ["approved", "approved", "Write the corrected text: an approved correction needs it."],
    ["published", "published", "Write the corrected text: a published correction needs it."],
  ] as const)("blank corrected text: %s → %s is held back", (from, to, message) => {
    for (const correctedText of ["", "   ", " \n\t "]) {
      expect(correctionGaps({ ...complete, correctedText }, from, to)).toEqual({ correctedText: message });
    }
  });

  test("a blank note is held back too, beside the corrected text", () => {
    expect(correctionGaps({ ...complete, correctedText: " ", note: " \n" }, "draft", "approved")).toEqual({
      correctedText: "Write the corrected text before approving.",
      note: "Write the note readers will see before approving.",
    });
  });

  test("only an editor's note may go without corrected text", () => {
    expect(["correction", "clarification", "update", "editors_note"].filter((t) => needsCorrectedText(t as never))).toEqual(["correction", "clarification", "update"]);
    expect(correctionGaps({ type: "editors_note", correctedText: "", note: "Editor's note: the author owns shares in the firm." }, "draft", "approved")).toEqual({});
    expect(correctionGaps({ type: "clarification", correctedText: " ", note: "To clarify." }, "draft", "approved")).toHaveProperty("correctedText");
    expect(correctionGaps({ type: "update", correctedText: "", note: "Updated." }, "approved", "published")).toHaveProperty("correctedText");
  });
});

describe("correctionRequirement", () => {
  test.each([
    ["accurate", "no", null],
    ["mostly_accurate", "optional", "clarification"],
    ["mixed", "optional", "clarification"],
    ["misleading", "yes", "correction"],
    ["inaccurate", "yes", "correction"],
    ["unverifiable", "no", null],
    ["removed_from_scale", "no", null],
  ] as const)("%s → %s (%s)", (key, need, type) => {
    expect(correctionRequirement(key, DEFAULT_VERDICT_SCALE)).toBe(need);
    expect(suggestedCorrectionType(key, DEFAULT_VERDICT_SCALE)).toBe(type);
  });

  test.each([
    ["accurate", "update"],
    ["unverifiable", "update"],
    ["mostly_accurate", "clarification"],
    ["mixed", "clarification"],
    ["misleading", "correction"],
    ["inaccurate", "correction"],
    [null, "correction"],
  ] as const)("the new-correction form starts %s on %s", (key, type) => {
    expect(initialCorrectionType(key, DEFAULT_VERDICT_SCALE)).toBe(type);
  });

  test("reads an edited scale, not the default", () => {
    const scale: VerdictScaleEntry[] = [
      { key: "false", label: "False", ratingValue: 1, needsCorrection: "yes", suggestedCorrectionType: null, color: "#000", position: 1 },
    ];
    expect(correctionRequirement("false", scale)).toBe("yes");
    expect(suggestedCorrectionType("false", scale)).toBe("correction");
    expect(correctionRequirement("inaccurate", scale)).toBe("no");
  });
});
