import { describe, expect, test } from "vitest";
import { PERMISSIONS } from "@/lib/workflow/permissions";
import { actionFiles, actionPermissions, exportedFunctions, PUBLIC_ACTIONS, PUBLIC_ROUTES, routeFiles } from "./guard-scan.testing";

/**
 * Every server action and route handler checks the session and the role itself.
 * This test reads app/ and proves each exported action calls a function built by
 * `authedAction("<permission>", …)` and each route handler calls
 * `requireApiUser(request, "<permission>")`, with a permission that exists in the
 * matrix (whose every role × permission cell lib/workflow/permissions.test.ts
 * checks). Only the actions that start or end a session are public, by name.
 */
const actions = actionFiles.flatMap(({ file, text }) =>
  exportedFunctions(text).map((fn) => ({ file, name: fn.name, permissions: actionPermissions(text, fn.body) })),
);

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
