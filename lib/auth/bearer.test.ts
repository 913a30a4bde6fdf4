import { expect, test } from "vitest";
import { bearerToken } from "./bearer";

test.each([
  ["Bearer fcd_abc", "fcd_abc"],
  ["bearer fcd_abc", "fcd_abc"],
  ["BEARER fcd_abc", "fcd_abc"],
  ["BeArEr \t fcd_abc ", "fcd_abc"],
])("%j carries the token %j", (header, token) => {
  expect(bearerToken(header)).toBe(token);
});

test("the token keeps its case", () => {
  expect(bearerToken("bearer FCD_AbC")).toBe("FCD_AbC");
});

test.each([null, undefined, "", "Basic dXNlcjpwYXNz", "Bearer", "Bearerfcd_abc", "Token fcd_abc", " x Bearer fcd_abc"])("%j is no bearer token", (header) => {
  expect(bearerToken(header)).toBeNull();
});
