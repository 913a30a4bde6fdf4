import { describe, expect, test } from "vitest";
import { articleFieldsSchema } from "@/lib/articles/schemas";
import { cleanInput, cleanText } from "./clean-input";

describe("cleaning what people send", () => {
  test("control characters, DEL and noncharacters go; the words after them stay", () => {
    expect(cleanText("Rationale \u0000NUL")).toBe("Rationale NUL");
    expect(cleanText("a\u0001b\u0008c\u000bd\u000ce\u001ff\u007fg\ufffeh\uffffi")).toBe("abcdefghi");
  });

  test("tabs, line breaks, emoji, right-to-left text and accents are text", () => {
    const text = "Line one\nline two\ttabbed 👩🏽‍⚕️ مرحبا e\u0301";
    expect(cleanText(text)).toBe(text);
  });

  test("a form's \\r\\n line breaks, and old Mac \\r ones, become \\n", () => {
    expect(cleanText("An earlier version\r\nmisstated it.\r\n\r\nIt is 196.\rEnd")).toBe("An earlier version\nmisstated it.\n\nIt is 196.\nEnd");
  });

  test("half an emoji becomes the replacement character", () => {
    expect(cleanText("nul lone\ud800 end")).toBe("nul lone\ufffd end");
    expect(cleanText("\udfff")).toBe("\ufffd");
  });

  test("every string of nested input is cleaned; other values pass through untouched", () => {
    const file = new Blob(["x"]);
    const when = new Date(0);
    expect(cleanInput({ body: { doc: { content: [{ text: "a\u0000b" }] } }, tags: ["x\u0007"], n: 3, none: null, file, when })).toEqual({
      body: { doc: { content: [{ text: "ab" }] } },
      tags: ["x"],
      n: 3,
      none: null,
      file,
      when,
    });
  });
});

describe("direction controls", () => {
  test("an override, embedding or isolate is dropped, so it cannot turn the words after it around", () => {
    expect(cleanText("By Sam \u202Eevil")).toBe("By Sam evil");
    expect(cleanText("a\u202Ab\u202Bc\u202Cd\u202De\u2066f\u2067g\u2068h\u2069i")).toBe("abcdefghi");
  });

  test("right-to-left text and the direction marks stay", () => {
    const text = "שלום \u200Fעולם\u200E, 5% مرحبا\u061C";
    expect(cleanText(text)).toBe(text);
  });
});

describe("invisible characters", () => {
  test("zero-width spaces, soft hyphens, word joiners and BOMs go, so a field of nothing else is empty", () => {
    expect(cleanText("\u200b\u200b")).toBe("");
    expect(cleanText("\ufeffcon\u00adtrac\u200btor\u2060s")).toBe("contractors");
  });

  test("the joiners emoji and scripts need stay", () => {
    const text = "👩🏽‍⚕️ می‌خواهم";
    expect(cleanText(text)).toBe(text);
  });

  test("a required field of nothing but invisible characters is refused in the field's words", () => {
    const parsed = articleFieldsSchema.safeParse(cleanInput({ title: " \u200b\u2060 ", byline: "", sourceUrl: "", deadline: "" }));
    expect(parsed.success ? null : parsed.error.issues.map((issue) => issue.message)).toEqual(["Give the article a title."]);
  });
});
