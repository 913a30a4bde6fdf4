import { describe, expect, test } from "vitest";
import fc from "fast-check";
import { AMBIGUOUS, BEFORE_NUMBER, FINAL_ONLY_BEFORE_OPENER, NAME_SUFFIXES, NEVER_FINAL, SENTENCE_OPENERS } from "./abbreviations";
import { isBoundary, isBoundaryExactly, isPlainWordBefore, LIST_MARKER, mayBeListMarker, opensSentence, opensSentenceExactly, splitSentences } from "./segment";

const sentences = (text: string) => splitSentences(text).map((s) => text.slice(s.start, s.end));

// Every case the issue lists is one row: [what, input, expected sentences].
const CASES: [string, string, string[]][] = [
  ["abbreviation at a sentence end", "He moved to the U.S. It then grew.", ["He moved to the U.S.", "It then grew."]],
  ["abbreviation mid-sentence", "He visited the U.S. Marine base.", ["He visited the U.S. Marine base."]],
  ["U.K. and E.U. mid-sentence", "The U.K. Parliament and the E.U. Commission met.", ["The U.K. Parliament and the E.U. Commission met."]],
  ["E.U. at the end", "Britain left the E.U. The vote was close.", ["Britain left the E.U.", "The vote was close."]],
  ["titles Dr. Mr. Mrs.", "Dr. Smith met Mr. and Mrs. Jones. They talked.", ["Dr. Smith met Mr. and Mrs. Jones.", "They talked."]],
  ["titles Sen. Gov.", "Sen. Warren and Gov. Newsom spoke. It was loud.", ["Sen. Warren and Gov. Newsom spoke.", "It was loud."]],
  ["Lt. Gen. and Jr.", "Lt. Gen. James Dickinson Jr. agreed. He left.", ["Lt. Gen. James Dickinson Jr. agreed.", "He left."]],
  ["Ph.D. and St.", "She has a Ph.D. from St. Andrews. She teaches.", ["She has a Ph.D. from St. Andrews.", "She teaches."]],
  ["months Jan. Sept.", "The vote was Jan. 5 and Sept. 12. In Sept. the board met.", ["The vote was Jan. 5 and Sept. 12.", "In Sept. the board met."]],
  ["a.m. before a name", "It began at 10:30 a.m. Eastern time.", ["It began at 10:30 a.m. Eastern time."]],
  ["p.m. at the end", "It ended at 5 p.m. The crowd left.", ["It ended at 5 p.m.", "The crowd left."]],
  ["Inc. Corp. Ltd.", "Acme Inc. lost money. Foo Corp. and Bar Ltd. merged.", ["Acme Inc. lost money.", "Foo Corp. and Bar Ltd. merged."]],
  ["No. and vs.", "He was No. 1 in Smith vs. Jones. Yes.", ["He was No. 1 in Smith vs. Jones.", "Yes."]],
  ["e.g. and i.e.", "Some states, e.g. Texas, i.e. big ones, agreed. Others did not.", ["Some states, e.g. Texas, i.e. big ones, agreed.", "Others did not."]],
  ["initials", "J. K. Rowling wrote it. James M. Smith agreed.", ["J. K. Rowling wrote it.", "James M. Smith agreed."]],
  ["decimals and money", "It rose 3.5% to $1.2 billion. Costs fell.", ["It rose 3.5% to $1.2 billion.", "Costs fell."]],
  ["percentages", "Turnout was 61.4 percent. That is high.", ["Turnout was 61.4 percent.", "That is high."]],
  ["versions and times", "Version 2.0.1 shipped at 10.30 and 14:45. It works.", ["Version 2.0.1 shipped at 10.30 and 14:45.", "It works."]],
  ["URLs", "See https://example.com/a.b?c=1. Then wait.", ["See https://example.com/a.b?c=1.", "Then wait."]],
  ["e-mail addresses", "Write to desk@example.org. We reply.", ["Write to desk@example.org.", "We reply."]],
  ["ellipsis in the middle", "Well... maybe not. He paused… and went on.", ["Well... maybe not.", "He paused… and went on."]],
  ["ellipsis at the end", "He paused… Then spoke. It ended...", ["He paused…", "Then spoke.", "It ended..."]],
  ["?! and !", "Really?! Yes! Why? Nobody knew.", ["Really?!", "Yes!", "Why?", "Nobody knew."]],
  ["question inside a quote", "\"Why?\" he asked. Silence.", ["\"Why?\" he asked.", "Silence."]],
  ["sentence in parentheses", "He left. (He came back later.) Then he slept.", ["He left.", "(He came back later.)", "Then he slept."]],
  ["straight closing quote", "He said, \"We will win.\" Then he left.", ["He said, \"We will win.\"", "Then he left."]],
  ["curly closing quote", "She said \u201cno.\u201d He nodded.", ["She said \u201cno.\u201d", "He nodded."]],
  ["single closing quote", "He said 'yes.' Fine.", ["He said 'yes.'", "Fine."]],
  ["curly single closing quote", "He said \u2018yes.\u2019 Fine.", ["He said \u2018yes.\u2019", "Fine."]],
  ["guillemets with inner spaces", "Il a dit « Nous gagnerons. » Puis il est parti.", ["Il a dit « Nous gagnerons. »", "Puis il est parti."]],
  ["guillemets without inner spaces", "Elle a dit «Non.» Fin.", ["Elle a dit «Non.»", "Fin."]],
  ["dangling closing guillemet", "Il a dit : « C'est fini. »", ["Il a dit : « C'est fini. »"]],
  ["dangling guillemet on the next line", "« C'est fini.\n»\nSuite.", ["« C'est fini.\n»", "Suite."]],
  ["brackets inside quotes", "\"They [the officials] lied,\" he said. \"[It] was wrong.\"", ["\"They [the officials] lied,\" he said.", "\"[It] was wrong.\""]],
  ["heading on its own line", "Budget talks stall\nThe talks stalled on Monday.", ["Budget talks stall", "The talks stalled on Monday."]],
  ["list items", "Key facts:\n- The budget rose 5%.\n- Taxes fell.\n1. First item.", ["Key facts:", "- The budget rose 5%.", "- Taxes fell.", "1. First item."]],
  ["dateline", "WASHINGTON (AP) — The president said taxes will rise. He left.", ["WASHINGTON (AP) — The president said taxes will rise.", "He left."]],
  ["CRLF", "Line one.\r\nLine two.\r\n\r\nPara two.", ["Line one.", "Line two.", "Para two."]],
  ["hard-wrapped line", "This is a hard\nwrapped sentence. Another.", ["This is a hard\nwrapped sentence.", "Another."]],
  ["St. ends a sentence before a sentence opener", "He lives on Main St. It is quiet.", ["He lives on Main St.", "It is quiet."]],
  ["St. before a name continues", "They met on St. Louis Street. Then left.", ["They met on St. Louis Street.", "Then left."]],
  ["Jr. before a new sentence", "John Smith Jr. Police said he fled.", ["John Smith Jr.", "Police said he fled."]],
  ["Jr. inside a name", "Martin Luther King Jr. Day is a holiday.", ["Martin Luther King Jr. Day is a holiday."]],
  ["Sr. as a title", "He met Sr. Mary Jones.", ["He met Sr. Mary Jones."]],
  ["spaced ellipsis in the middle", "He paused . . . and went on.", ["He paused . . . and went on."]],
  ["spaced ellipsis at a sentence end", "It ended . . . Then he spoke. Wait. . . . No.", ["It ended . . .", "Then he spoke.", "Wait. . . .", "No."]],
  ["no punctuation-only segment", "He left. \" \n\n***", ["He left. \" \n\n***"]],
  ["Chinese: 。 ！ ？ with no space after", "失业率为5.2%。政府投入了¥1,200亿元！人口减少了85万人？", ["失业率为5.2%。", "政府投入了¥1,200亿元！", "人口减少了85万人？"]],
  ["Japanese: 。 before a corner-bracket quote, and the quote's own stop", "市長は述べた。「税収は3%増えた。」と語った。", ["市長は述べた。", "「税収は3%増えた。」と語った。"]],
  ["Chinese: a quotation ending in 。 closes its sentence when a new one follows (regression QA)", "他说：“去年经济增长了5.2%。”专家认为这个数字被高估了。", ["他说：“去年经济增长了5.2%。”", "专家认为这个数字被高估了。"]],
  ["Chinese: a run of stops stays one stop", "真的吗？！是的。", ["真的吗？！", "是的。"]],
  ["Japanese full-width full stop in a number does not split", "成長率は３．５パーセントだった。", ["成長率は３．５パーセントだった。"]],
  ["Hindi: the danda", "सरकार ने 500 करोड़ रुपये खर्च किए। विपक्ष ने सवाल उठाए। जवाब नहीं मिला॥", ["सरकार ने 500 करोड़ रुपये खर्च किए।", "विपक्ष ने सवाल उठाए।", "जवाब नहीं मिला॥"]],
  ["Hindi: a title with a dot does not end the sentence (regression QA)", "डॉ. शर्मा ने कहा कि 40 प्रतिशत बढ़ा। फिर सभा हुई।", ["डॉ. शर्मा ने कहा कि 40 प्रतिशत बढ़ा।", "फिर सभा हुई।"]],
  ["Arabic: the Arabic question mark", "ارتفع التضخم بنسبة 12٪ خلال الربع الأخير؟ هل هذا صحيح؟", ["ارتفع التضخم بنسبة 12٪ خلال الربع الأخير؟", "هل هذا صحيح؟"]],
  ["Urdu: the full stop ۔", "بجٹ میں 10 فیصد اضافہ ہوا۔ یہ ریکارڈ ہے۔", ["بجٹ میں 10 فیصد اضافہ ہوا۔", "یہ ریکارڈ ہے۔"]],
];

describe("splitSentences", () => {
  test.each(CASES)("%s", (_what, input, expected) => {
    expect(sentences(input)).toEqual(expected);
  });

  test("offsets are exact UTF-16 offsets with astral characters before", () => {
    const text = "😀 Emoji first. Then “ümlaut” text.";
    for (const s of splitSentences(text)) expect(text.slice(s.start, s.end).trim()).toBe(text.slice(s.start, s.end));
    expect(sentences(text)).toEqual(["😀 Emoji first.", "Then “ümlaut” text."]);
  });
});

describe("the plain-word shortcut at a full stop", () => {
  const plain = (word: string) => isPlainWordBefore(`x ${word}.`, 0, word.length + 2);

  test("never takes a word of the abbreviation lists, in any case", () => {
    for (const list of [NEVER_FINAL, FINAL_ONLY_BEFORE_OPENER, NAME_SUFFIXES, BEFORE_NUMBER, AMBIGUOUS]) {
      for (const word of list) {
        const capitalised = word[0].toUpperCase() + word.slice(1);
        for (const form of [word, word.toUpperCase(), capitalised, `"${capitalised}`, `(${word}`]) expect(plain(form)).toBe(false);
      }
    }
  });

  test("takes ordinary words and leaves initials, dotted and non-ASCII words to the exact path", () => {
    for (const word of ["Thursday", "coast", "2023", "base", "\"Smith", "down,\""]) expect(plain(word)).toBe(true);
    for (const word of ["J", "Jo", "U.S", "Ph.D", "café", "Émile", ""]) expect(plain(word)).toBe(false);
  });
});

describe("the opener test by hash", () => {
  const same = (text: string, at: number): void => {
    expect(opensSentence(text, at, text.length)).toBe(opensSentenceExactly(text, at, text.length));
  };

  test("answers like the set on every opener, in any case and after quotes", () => {
    for (const word of SENTENCE_OPENERS) {
      for (const form of [word, word.toUpperCase(), word[0].toUpperCase() + word.slice(1), word.replace("'", "’")]) {
        for (const text of [form, `${form} x`, `"${form},`, `(${form}s`, `«${form}é`, `${form}1`]) same(text, 0);
      }
    }
  });

  test("answers like the set on random text", () => {
    const unit = fc.constantFrom(..."aTtHhEeIi'’\"(« .,1é".split(""), "the", "It", "that's", "Thé", "abcdefghijklmnopqrstuv");
    fc.assert(fc.property(fc.string({ unit, maxLength: 8 }), fc.nat(8), (text, at) => same(text, Math.min(at, text.length))), { numRuns: 3000 });
  });
});

describe("mayBeListMarker", () => {
  test("is true wherever LIST_MARKER matches", () => {
    const unit = fc.constantFrom(..."19aZé.) \t\n(".split(""));
    fc.assert(fc.property(fc.string({ unit, maxLength: 6 }), (s) => {
      if (LIST_MARKER.test(s)) expect(mayBeListMarker(s, 0)).toBe(true);
    }), { numRuns: 3000 });
  });
});

describe("isBoundary", () => {
  test("answers like the exact path (slices, lower-case copies, sets) at every full stop", () => {
    const words = [...NEVER_FINAL, ...BEFORE_NUMBER, ...AMBIGUOUS, ...NAME_SUFFIXES, ...FINAL_ONLY_BEFORE_OPENER].flatMap((w) => [w, w.toUpperCase(), w[0].toUpperCase() + w.slice(1)]);
    const piece = fc.oneof(fc.constantFrom(...words, "V", "v", "J", "U.S", "a.b.c", "É", "Ph.D", "(Dr", "\"St", "x", "The", "It", "Smith", "5", "Day", "é.t", "A.", "."),
      fc.string({ unit: fc.constantFrom(..."aZ.é(\"".split("")), maxLength: 3 }));
    const text = fc.array(fc.tuple(piece, fc.constantFrom(". ", " ", ".  ", "."), fc.boolean()), { maxLength: 8 })
      .map((parts) => parts.map(([w, gap, lower]) => (lower ? w.toLowerCase() : w) + gap).join(""));
    fc.assert(fc.property(text, (t) => {
      for (let stop = t.indexOf("."); stop >= 0; stop = t.indexOf(".", stop + 1)) {
        let next = stop + 1;
        while (next < t.length && t[next] === " ") next++;
        if (next >= t.length || next === stop + 1) continue;
        expect(isBoundary(t, 0, stop, stop + 1, next, t.length)).toBe(isBoundaryExactly(t, 0, stop, stop + 1, next, t.length));
      }
    }), { numRuns: 3000 });
  });
});
