import { execFile } from "node:child_process";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { createClient } from "@libsql/client";
import { expect, test } from "vitest";
import { listCheckedClaims } from "@/db/queries/archive";
import { checkedBeforeQuery } from "@/lib/archive/search-query";
import { rankSimilarClaims } from "@/lib/archive/similar";
import { createDatabase } from "./index";

const run = promisify(execFile);

test("the demo newsroom walks its claims through the real workflow, so history and notifications show it", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "factcheck-seed-"));
  const url = `file:${path.join(dir, "desk.db")}`;
  const env = { ...process.env, DATABASE_URL: url, AUTH_SECRET: "seed-test-secret-seed-test-secret-0123" };
  const { stdout } = await run(process.execPath, ["--import", "tsx", "db/seed.ts"], { env, cwd: process.cwd() });
  expect(stdout).toMatch(/Demo newsroom created: 2 articles/);

  const client = createClient({ url });
  const count = async (sql: string) => Number((await client.execute(sql)).rows[0][0]);
  // The sample article's vote, and the earlier article's timetable.
  expect(await count("SELECT count(*) FROM claims WHERE status = 'approved'")).toBe(2);
  expect(await count("SELECT count(*) FROM claims WHERE status = 'submitted'")).toBe(1);
  expect(await count("SELECT count(*) FROM claims WHERE status = 'assigned'")).toBe(1);
  expect(await count("SELECT count(*) FROM audit_events WHERE action = 'claim.assigned'")).toBe(4);
  expect(await count("SELECT count(*) FROM audit_events WHERE action = 'verdict.approved'")).toBe(2);
  expect(await count("SELECT count(*) FROM notifications WHERE kind = 'assigned'")).toBe(2); // the earlier claim, then one for the batch of three
  // Every approved verdict was signed off by someone other than its author.
  expect(await count("SELECT count(*) FROM verdicts WHERE state = 'approved' AND approver_id <> reviewer_id")).toBe(2);
  // The earlier check was published; the sample article is still in check.
  expect(await count("SELECT count(*) FROM articles WHERE status = 'published'")).toBe(1);
  expect(await count("SELECT count(*) FROM audit_events WHERE action = 'article.published'")).toBe(1);
  // The sample article's claims were found as an editor finds them: the coverage gate knows its text was searched.
  expect(await count("SELECT count(*) FROM audit_events WHERE action = 'claims.found' AND json_extract(after, '$.revision') = 1")).toBe(1);
  // Rita's assigned claim finds the earlier, published check under "Checked before", as the claim page looks it up.
  const [ritasClaim] = (await client.execute("SELECT c.id, c.text, c.article_id FROM claims c JOIN assignments a ON a.claim_id = c.id AND a.active = 1 JOIN users u ON u.id = a.reviewer_id WHERE c.status = 'assigned' AND u.email = 'rita@demo.desk'")).rows;
  expect(String(ritasClaim.text)).toBe("construction is due to start in March next year");
  const db = createDatabase(client);
  const rita = (await client.execute("SELECT id FROM users WHERE email = 'rita@demo.desk'")).rows[0];
  const match = checkedBeforeQuery(String(ritasClaim.text));
  const archive = match ? await listCheckedClaims(db, { excludeArticleId: String(ritasClaim.article_id), onlyReviewedBy: String(rita.id), match }) : [];
  expect(rankSimilarClaims(String(ritasClaim.text), archive).map((c) => c.text)).toEqual(["Construction of the second Esk River bridge is due to start in March next year, the council said."]);
  client.close();

  // A second run leaves the newsroom as it is.
  const again = await run(process.execPath, ["--import", "tsx", "db/seed.ts"], { env, cwd: process.cwd() });
  expect(again.stdout).toMatch(/already there/);
}, 60_000);
