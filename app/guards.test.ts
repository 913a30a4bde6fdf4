import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, test } from "vitest";
import { PERMISSIONS } from "@/lib/workflow/permissions";

/**
 * Every server action and route handler checks the session and the role itself.
 * This test reads app/ and proves each exported action calls a function built by
 * `authedAction("<permission>", …)` and each route handler calls
 * `requireApiUser(request, "<permission>")`, with a permission that exists in the
 * matrix (whose every role × permission cell lib/workflow/permissions.test.ts
 * checks). Only the actions that start or end a session are public, by name.
 */
const PUBLIC_ACTIONS = new Set(["signInAction", "signInWithSsoAction", "createAdministratorAction", "signOutAction"]);
const PUBLIC_ROUTES = new Set(["app/api/auth/[...nextauth]/route.ts", "app/api/health/route.ts"]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

const root = path.resolve(__dirname, "..");
const sources = filesUnder(path.join(root, "app"))
  .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith(".test.ts"))
  .map((f) => ({ file: path.relative(root, f), text: readFileSync(f, "utf8") }));
const actionFiles = sources.filter((s) => /^["']use server["'];/m.test(s.text));
const routeFiles = sources.filter((s) => s.file.endsWith("route.ts"));

/** The body of an exported function: from its name to the next top-level export or const. */
function exportedFunctions(text: string): { name: string; body: string }[] {
  const out: { name: string; body: string }[] = [];
  const re = /^export async function (\w+)[\s\S]*?(?=^export |^const |^\/\*\*|(?![\s\S]))/gm;
  for (const match of text.matchAll(re)) out.push({ name: match[1], body: match[0] });
  return out;
}

function guardedConsts(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const match of text.matchAll(/^const (\w+) = authedAction\(\s*"([\w.]+)"/gm)) map.set(match[1], match[2]);
  return map;
}

const actions = actionFiles.flatMap(({ file, text }) => {
  const guarded = guardedConsts(text);
  return exportedFunctions(text).map((fn) => {
    const calls = [...guarded.keys()].filter((name) => new RegExp(`\\b${name}\\(`).test(fn.body));
    return { file, name: fn.name, permissions: calls.map((c) => guarded.get(c)!) };
  });
});

describe("every server action is guarded", () => {
  test("there are actions to check", () => {
    expect(actions.length).toBeGreaterThan(10);
  });

  // The scan reads `export async function` only: an action exported any other way
  // (`export const f = async …`, a re-export, a default) would pass unseen.
  test.each(actionFiles.map((f) => [f.file, f.text] as const))("%s exports its actions as functions the scan reads", (_file, text) => {
    expect(text.match(/^export (?!async function |type |interface )[^\n]*/gm) ?? []).toEqual([]);
  });

  test.each(actions.map((a) => [`${a.file} ${a.name}`, a] as const))("%s", (_label, action) => {
    if (PUBLIC_ACTIONS.has(action.name)) return;
    expect(action.permissions.length, `${action.name} must call an authedAction`).toBeGreaterThan(0);
    for (const permission of action.permissions) expect(Object.keys(PERMISSIONS)).toContain(permission);
  });
});

describe("every route handler is guarded", () => {
  test.each(routeFiles.map((r) => [r.file, r] as const))("%s", (file, route) => {
    if (PUBLIC_ROUTES.has(file)) return;
    const handlers = [...route.text.matchAll(/export async function (GET|POST|PUT|PATCH|DELETE)/g)];
    expect(handlers.length).toBeGreaterThan(0);
    const guards = [...route.text.matchAll(/requireApiUser\(\s*\w+,\s*"([\w.]+)"/g)].map((m) => m[1]);
    expect(guards.length).toBeGreaterThanOrEqual(handlers.length);
    for (const permission of guards) expect(Object.keys(PERMISSIONS)).toContain(permission);
  });
});
