import { describe, expect, test } from "vitest";
import { webAddress } from "./web-address";

describe("a web address as the desk keeps it", () => {
  test("an ordinary address is kept as typed", () => {
    expect(webAddress("https://stats.example/table-4?year=2026#:~:text=rents")).toEqual({ ok: true, href: "https://stats.example/table-4?year=2026#:~:text=rents" });
    expect(webAddress("  https://newsroom.example  ")).toEqual({ ok: true, href: "https://newsroom.example" });
    expect(webAddress("https://newsroom.example/")).toEqual({ ok: true, href: "https://newsroom.example/" });
  });

  test("quotes, angle brackets and line breaks come out escaped or gone; a look-alike host as punycode", () => {
    expect(webAddress('https://web.archive.org/web/2024/x"onmouseover="alert(1)')).toEqual({ ok: true, href: "https://web.archive.org/web/2024/x%22onmouseover=%22alert(1)" });
    expect(webAddress("https://ok.example/a\r\nSet-Cookie:x=y")).toEqual({ ok: true, href: "https://ok.example/aSet-Cookie:x=y" });
    expect(webAddress("https://ok.example/<svg>")).toEqual({ ok: true, href: "https://ok.example/%3Csvg%3E" });
    expect(webAddress("https://аpple.com/")).toEqual({ ok: true, href: "https://xn--pple-43d.com/" });
  });

  test("a user name or password is refused; other schemes and hosts without a dot are not web addresses", () => {
    expect(webAddress("https://user:pass@good.example/")).toEqual({ ok: false, problem: "credentials" });
    expect(webAddress("https://user@good.example/")).toEqual({ ok: false, problem: "credentials" });
    for (const value of ["javascript:alert(1)", "data:text/html,x", "file:///etc/passwd", "ftp://files.example/x", "https://localhost/", "stats.example", ""]) {
      expect(webAddress(value), value).toEqual({ ok: false, problem: "not_web" });
    }
  });

  test("the article's own page drops a fragment (ClaimReview adds its own)", () => {
    expect(webAddress("https://news.example/story#comments", { keepFragment: false })).toEqual({ ok: true, href: "https://news.example/story" });
  });
});
