import { describe, expect, test } from "vitest";
import { ROLES, type Role } from "@/lib/auth/roles";
import { ALL_PERMISSIONS, can, type Permission } from "./permissions";

// The expected matrix written out by hand, so a change to PERMISSIONS must be
// made twice on purpose: once in the code, once here.
const EXPECTED: Record<Permission, Record<Role, boolean>> = {
  "articles.view": { reviewer: true, editor: true, admin: true },
  "articles.view_all": { reviewer: false, editor: true, admin: true },
  "articles.edit": { reviewer: false, editor: true, admin: true },
  "claims.curate": { reviewer: false, editor: true, admin: true },
  "claims.assign": { reviewer: false, editor: true, admin: true },
  "claims.hand_back": { reviewer: true, editor: true, admin: true },
  "claims.ask_more_time": { reviewer: true, editor: true, admin: true },
  "queue.view": { reviewer: true, editor: true, admin: true },
  "verdicts.record": { reviewer: true, editor: true, admin: true },
  "verdicts.approve": { reviewer: false, editor: true, admin: true },
  "comments.write": { reviewer: true, editor: true, admin: true },
  "comments.moderate": { reviewer: false, editor: false, admin: true },
  "corrections.view": { reviewer: false, editor: true, admin: true },
  "corrections.manage": { reviewer: false, editor: true, admin: true },
  "exports.download": { reviewer: false, editor: true, admin: true },
  "dashboard.view": { reviewer: false, editor: true, admin: true },
  "audit.view": { reviewer: false, editor: true, admin: true },
  "users.manage": { reviewer: false, editor: false, admin: true },
  "settings.manage": { reviewer: false, editor: false, admin: true },
  "articles.spike": { reviewer: false, editor: true, admin: true },
  "claimModel.manage": { reviewer: false, editor: false, admin: true },
  "notifications.read": { reviewer: true, editor: true, admin: true },
  "claims.view": { reviewer: true, editor: true, admin: true },
  "claims.history": { reviewer: true, editor: true, admin: true },
  "archive.search": { reviewer: true, editor: true, admin: true },
  "verdicts.revise": { reviewer: false, editor: true, admin: true },
  "tokens.manage": { reviewer: false, editor: true, admin: true },
  "account.manage": { reviewer: true, editor: true, admin: true },
};

const cells = ALL_PERMISSIONS.flatMap((permission) => ROLES.map((role) => [permission, role] as const));

describe("permission matrix", () => {
  test("the expected table names every permission", () => {
    expect(Object.keys(EXPECTED).sort()).toEqual([...ALL_PERMISSIONS].sort());
  });

  test.each(cells)("%s for %s", (permission, role) => {
    expect(can(role, permission)).toBe(EXPECTED[permission][role]);
  });

  test("no role, no permission", () => {
    for (const permission of ALL_PERMISSIONS) expect(can(null, permission)).toBe(false);
  });
});
