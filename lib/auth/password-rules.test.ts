import { expect, test } from "vitest";
import { isBlankPassword } from "./password-rules";

test.each([" ".repeat(10), "\t\t\t\t\t     ", "\u00a0".repeat(10), "\u3000".repeat(10), "\u200b".repeat(10), " \n ".repeat(4), ""])("%j is blank", (password) => {
  expect(isBlankPassword(password)).toBe(true);
});

test.each(["correct horse battery", "   leading-spaces", "trailing-spaces   ", "         x", "ünïcödé-pässwörd"])("%j is not", (password) => {
  expect(isBlankPassword(password)).toBe(false);
});
