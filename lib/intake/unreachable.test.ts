import { describe, expect, test } from "vitest";
import { failedAtLookup, typoHint, unreachableMessage } from "./unreachable";

const FIREWALL = "The address may well be right: the server may not be able to reach the internet (a newsroom firewall often stops it).";
const WAYS_AROUND = "Copy the article's text from your browser and paste it instead, or save the page and use Import file.";

describe("unreachableMessage", () => {
  test("a real site's name that did not resolve blames the server's reach, not the address (usability pass)", () => {
    expect(unreachableMessage("www.bbc.co.uk", "lookup")).toBe(
      `The desk's server could not look up www.bbc.co.uk on the internet. ${FIREWALL} ${WAYS_AROUND}`,
    );
  });

  test("a refused or dropped connection says the same", () => {
    expect(unreachableMessage("www.bbc.co.uk", "connect")).toBe(`The desk's server could not connect to www.bbc.co.uk. ${FIREWALL} ${WAYS_AROUND}`);
  });

  test("a site that did not answer in time may be slow or out of reach", () => {
    expect(unreachableMessage("www.bbc.co.uk", "timeout", 15_000)).toBe(
      "www.bbc.co.uk did not answer the desk's server within 15 seconds. The address may well be right: the site may be slow, or the server may not be able to reach the internet (a newsroom firewall often stops it). " +
        "Try again later, or copy the article's text from your browser and paste it instead (or save the page and use Import file).",
    );
  });

  test("a name that looks mistyped and did not resolve asks to check it", () => {
    expect(unreachableMessage("bbc", "lookup")).toBe(
      `The desk's server could not find bbc. Check the address: "bbc" has no dot, so it is not a full site name (like www.example.com). ` +
        "If it is right, the server may not be able to reach the internet (a newsroom firewall often stops it): copy the article's text from your browser and paste it instead, or save the page and use Import file.",
    );
  });

  test("a connection failure never blames the address, even an odd-looking one", () => {
    expect(unreachableMessage("intranet", "connect")).toBe(`The desk's server could not connect to intranet. ${FIREWALL} ${WAYS_AROUND}`);
  });
});

describe("typoHint", () => {
  test.each([
    ["bbc", `"bbc" has no dot, so it is not a full site name (like www.example.com).`],
    ["wwwbbc.co.uk", `"wwwbbc.co.uk" may be missing the dot after "www".`],
    ["www.bbc.con", `"www.bbc.con" ends in ".con", which may be a typo.`],
    ["www.bbc.co.uk", null],
    ["bbc.co.uk.", null],
    ["www3.example.com", null],
    ["wwwbbc.com", `"wwwbbc.com" may be missing the dot after "www".`],
    ["news.example.org", null],
    ["xn--80ak6aa92e.com", null],
  ])("%s", (host, hint) => {
    expect(typoHint(host)).toBe(hint);
  });
});

describe("failedAtLookup", () => {
  const coded = (code: string) => Object.assign(new Error(code), { code });
  test.each([
    ["a DNS error itself", coded("ENOTFOUND"), true],
    ["no DNS server answering", coded("EAI_AGAIN"), true],
    ["fetch's TypeError around a DNS error", new TypeError("fetch failed", { cause: coded("ENOTFOUND") }), true],
    ["a refused connection", new TypeError("fetch failed", { cause: coded("ECONNREFUSED") }), false],
    ["no error at all", "boom", false],
  ])("%s", (_label, error, expected) => {
    expect(failedAtLookup(error)).toBe(expected);
  });
});
