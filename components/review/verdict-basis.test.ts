import { describe, expect, test } from "vitest";
import { isNewerSave, NO_VERDICT, type VerdictBasis } from "./verdict-basis";

const at = (number: number, version: number, verdictId = `v${number}`): VerdictBasis => ({ verdictId, number, version });

describe("isNewerSave", () => {
  test.each([
    ["a draft saved since an empty form was rendered", at(1, 3), NO_VERDICT, true],
    ["the same draft saved again", at(1, 4), at(1, 3), true],
    ["a new version after a return", at(2, 1), at(1, 5), true],
    ["the save the form made itself", at(1, 3), at(1, 3), false],
    ["an older render arriving after the form saved", at(1, 2), at(1, 3), false],
    ["an older version number", at(1, 9), at(2, 1), false],
    ["no verdict on the server", NO_VERDICT, at(1, 1), false],
    ["no verdict anywhere", NO_VERDICT, NO_VERDICT, false],
  ])("%s", (_case, server, held, expected) => {
    expect(isNewerSave(server, held)).toBe(expected);
  });
});
