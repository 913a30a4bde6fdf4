import { expect, test } from "vitest";
import { parseEnv } from "./env";

test("on/off settings take the usual spellings, and refuse anything else rather than guess", () => {
  for (const on of ["1", "true", "TRUE", "yes", "On"]) {
    expect(parseEnv({ SMTP_SECURE: on }).SMTP_SECURE).toBe(true);
    expect(parseEnv({ ALLOW_PRIVATE_URL_IMPORT: on }).ALLOW_PRIVATE_URL_IMPORT).toBe(true);
  }
  for (const off of [undefined, "", "0", "false", "no", "OFF"]) expect(parseEnv({ SMTP_SECURE: off }).SMTP_SECURE).toBe(false);
  expect(() => parseEnv({ SMTP_SECURE: "maybe" })).toThrow(/SMTP_SECURE/);
});
