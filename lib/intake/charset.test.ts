import { describe, expect, test } from "vitest";
import { decodeHtml, htmlEncoding, metaCharset } from "./charset";

const ascii = (text: string) => new TextEncoder().encode(text);
/** windows-1252 bytes for text whose characters all have one (test helper; not a full encoder). */
const cp1252 = (text: string) => {
  const extra: Record<string, number> = { "€": 0x80, "‘": 0x91, "’": 0x92, "“": 0x93, "”": 0x94, "–": 0x96, "—": 0x97 };
  return new Uint8Array([...text].map((c) => extra[c] ?? c.charCodeAt(0)));
};

describe("htmlEncoding", () => {
  test.each([
    ["<meta charset>", '<!doctype html><meta charset="windows-1252"><p>x', "", "windows-1252"],
    ["<meta http-equiv> with a latin1 label", '<meta http-equiv="Content-Type" content="text/html; charset=iso-8859-1">', "", "windows-1252"],
    ["an unquoted label", "<meta charset=Shift_JIS>", "", "shift_jis"],
    ["the header's charset over the page's", '<meta charset="windows-1252">', "text/html; charset=utf-8", "utf-8"],
    ["a header without charset", '<meta charset="windows-1252">', "text/html", "windows-1252"],
    ["a <meta> saying UTF-16, read as ASCII", '<meta charset="utf-16">', "", "utf-8"],
    ["an unknown label", '<meta charset="klingon">', "", "utf-8"],
    ["a <meta> in a comment", '<!-- <meta charset="windows-1252"> --><p>x', "", "utf-8"],
    ["no declaration", "<p>x</p>", "", "utf-8"],
  ])("%s", (_label, html, contentType, expected) => {
    expect(htmlEncoding(ascii(html), contentType)).toBe(expected);
  });

  test("a <meta> past the first 1024 bytes does not count, as in browsers", () => {
    expect(metaCharset(ascii(`<!--${"x".repeat(1100)}--><meta charset="windows-1252">`))).toBeNull();
    expect(metaCharset(ascii(`<title>${"x".repeat(900)}</title><meta charset="windows-1252">`))).toBe("windows-1252");
  });

  test("a byte-order mark wins over everything", () => {
    expect(htmlEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...ascii('<meta charset="windows-1252">')]), "text/html; charset=iso-8859-2")).toBe("utf-8");
  });
});

describe("decodeHtml", () => {
  test("windows-1252 punctuation (0x80–0x9F) decodes to its characters, not C1 controls", () => {
    const page = cp1252('<meta charset="windows-1252"><p>“Café” – €5 ‘a’ — b</p>');
    expect(decodeHtml(page, "text/html")).toBe('<meta charset="windows-1252"><p>“Café” – €5 ‘a’ — b</p>');
  });

  test("the header's charset decodes a page without a <meta>", () => {
    expect(decodeHtml(cp1252("<p>“Café”</p>"), "text/html; charset=windows-1252")).toBe("<p>“Café”</p>");
  });

  test("UTF-8 stays UTF-8 and its BOM goes", () => {
    expect(decodeHtml(new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("<p>café ✓</p>")]))).toBe("<p>café ✓</p>");
  });
});
