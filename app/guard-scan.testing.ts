import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";

/**
 * The scan of app/ that both permission tests read: the static one
 * (app/guards.test.ts) proves each action and route names a permission, the
 * runtime one (app/permissions-runtime.test.ts) calls each as every caller. One
 * scan, so a new action or route joins both by itself.
 */

/** The only actions anyone may call signed out: they start or end a session. */
export const PUBLIC_ACTIONS = new Set(["signInAction", "signInWithSsoAction", "createAdministratorAction", "signOutAction"]);
/** The only public routes: Auth.js's own, and liveness. */
export const PUBLIC_ROUTES = new Set(["app/api/auth/[...nextauth]/route.ts", "app/api/health/route.ts"]);

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [full];
  });
}

/** The repository's root, for importing a scanned file by its path. */
export const root = path.resolve(__dirname, "..");

/** Every source file under app/ (tests and test support left out), by its path from the root. */
export const sources = filesUnder(path.join(root, "app"))
  .filter((f) => /\.(ts|tsx)$/.test(f) && !f.endsWith(".test.ts") && !f.endsWith(".testing.ts"))
  .map((f) => ({ file: path.relative(root, f), text: readFileSync(f, "utf8") }));

export const actionFiles = sources.filter((s) => /^["']use server["'];/m.test(s.text));
export const routeFiles = sources.filter((s) => s.file.endsWith("/route.ts"));

/** Each exported async function: its name, parameter list and body (to the next top-level export or const). */
export function exportedFunctions(text: string): { name: string; params: string; body: string }[] {
  const re = /^export async function (\w+)\(([^)]*)\)[\s\S]*?(?=^export |^const |^\/\*\*|(?![\s\S]))/gm;
  return [...text.matchAll(re)].map((m) => ({ name: m[1], params: m[2].trim(), body: m[0] }));
}

/** The file's guarded functions (`const x = authedAction("<permission>", …)`): name → permission. */
export function guardedConsts(text: string): Map<string, string> {
  const map = new Map<string, string>();
  for (const match of text.matchAll(/^const (\w+) = authedAction\(\s*"([\w.]+)"/gm)) map.set(match[1], match[2]);
  return map;
}

/** The permissions an exported action's body reaches through the file's guarded functions. */
export function actionPermissions(text: string, body: string): string[] {
  const guarded = guardedConsts(text);
  const calls = [...guarded.keys()].filter((name) => new RegExp(`\\b${name}\\(`).test(body));
  return [...new Set(calls.map((c) => guarded.get(c)!))];
}

/** The permissions a route handler's body asks `requireApiUser` for. */
export function routePermissions(body: string): string[] {
  return [...new Set([...body.matchAll(/requireApiUser\(\s*\w+,\s*"([\w.]+)"/g)].map((m) => m[1]))];
}
