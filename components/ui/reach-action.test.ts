import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";

/**
 * Every browser file that calls server actions goes through reachAction,
 * keepingValues or ActionButton (which uses reachAction), so a dropped
 * connection never swaps the page for the error screen and loses what was typed.
 * The few that catch a failed call themselves are named here.
 */
const CATCH_THEMSELVES = new Set(["components/articles/article-workspace.tsx", "components/review/use-verdict-save.ts"]);

const root = path.resolve(__dirname, "../..");
function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const callers = ["app", "components"]
  .flatMap((dir) => filesUnder(path.join(root, dir)))
  .filter((file) => /\.tsx?$/.test(file) && !file.endsWith(".test.ts"))
  .map((file) => ({ file: path.relative(root, file), text: readFileSync(file, "utf8") }))
  .filter(({ text }) => /^["']use client["'];/m.test(text) && /from "(?:@\/app\/.*|\.{1,2})\/actions"/.test(text));

describe("server actions are called through reachAction", () => {
  test("there are callers to check", () => {
    expect(callers.length).toBeGreaterThan(15);
  });

  test.each(callers.map((caller) => [caller.file, caller] as const))("%s", (file, { text }) => {
    if (CATCH_THEMSELVES.has(file)) {
      expect(text).toMatch(/catch \{|catch \(/);
      return;
    }
    expect(text).toMatch(/\breachAction\(|\bkeepingValues\(|<ActionButton\b/);
  });
});
