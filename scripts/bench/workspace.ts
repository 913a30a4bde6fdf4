/**
 * `npm run bench:workspace`: the article workspace under load, from headless
 * Chromium against the production build (run `npm run build` first; it is built
 * here when missing) on a throwaway database.
 *
 * Prints, side by side:
 *  1. time until the editor shows all 500 highlights of a 10,000-word article,
 *     against the same article with no claims (target ratio ≤ 2×);
 *  2. Find claims on that article through the app (click to result), and the
 *     claim finder alone in this process;
 *  3. re-anchoring after editing one paragraph, against re-anchoring that
 *     paragraph's claims alone (and a full search of every claim, for scale);
 *  4. typing latency (key to next frame, median and p90) in the middle of a
 *     25,000-word article with 400 highlights, against the same article with no
 *     claims, and that against a 1,000-word article (the cost of the size alone).
 *
 * `--typing` measures only 4 (`--rounds N` of it, default 3); `--profile FILE` also writes a CPU profile of typing
 * on the big article with highlights (and prints where its time went).
 */
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium, type Page } from "@playwright/test";
import { createDatabase, openClient } from "@/db";
import { createArticle } from "@/db/queries/articles";
import { insertClaims } from "@/db/queries/claims";
import { createFirstAdministrator } from "@/db/queries/users";
import { createAnchor, reanchorAll } from "@/lib/anchoring";
import { plainTextToDoc } from "@/lib/articles/doc-text";
import { proposeClaims } from "@/lib/articles/proposals";
import { hashPassword } from "@/lib/auth/password";
import { prepare } from "../prepare";
import { buildBenchArticle } from "./workspace-article";
import { assertPortFree, stopServer, waitForServer } from "./server";
import { median } from "./numbers";
import { percentile, typingLatencies } from "./typing";

const PORT = Number(process.env.BENCH_PORT ?? 3411);
const BASE = `http://127.0.0.1:${PORT}`;
const RUNS = 5;
const roundsAt = process.argv.indexOf("--rounds");
const TYPING_ROUNDS = roundsAt === -1 ? 3 : Number(process.argv[roundsAt + 1]);
const typingOnly = process.argv.includes("--typing");

const ms = (x: number) => `${x.toFixed(1)} ms`;
function time<T>(fn: () => T): [T, number] {
  const t0 = performance.now();
  const out = fn();
  return [out, performance.now() - t0];
}


async function main() {
  const distDir = process.env.NEXT_DIST_DIR ?? ".next";
  if (!existsSync(path.join(distDir, "BUILD_ID"))) {
    console.log("No production build found: running next build…");
    await new Promise<void>((resolve, reject) =>
      spawn("npx", ["next", "build"], { stdio: "inherit" }).on("exit", (c) => (c === 0 ? resolve() : reject(new Error("build failed")))),
    );
  }
  const dir = mkdtempSync(path.join(tmpdir(), "factcheck-bench-"));
  const env = { ...process.env, DATABASE_URL: `file:${path.join(dir, "bench.db")}`, PORT: String(PORT), HOSTNAME: "127.0.0.1" };
  const prepared = await prepare(env);
  const db = createDatabase(openClient(prepared.DATABASE_URL));
  const password = "bench-password-1";
  const admin = await createFirstAdministrator(db, { name: "Bench", email: "bench@desk.test", passwordHash: await hashPassword(password) });
  if (!admin.ok) throw new Error("setup");

  const { text, claimSpans, editedParagraph } = buildBenchArticle();
  const bodyJson = JSON.stringify(plainTextToDoc(text));
  const words = text.split(/\s+/).length;
  const withClaims = await createArticle(db, { title: "Bench with claims", byline: "", sourceUrl: null, deadline: null, bodyJson, bodyText: text, authorId: admin.user.id });
  const without = await createArticle(db, { title: "Bench without claims", byline: "", sourceUrl: null, deadline: null, bodyJson, bodyText: text, authorId: admin.user.id });
  const findTarget = await createArticle(db, { title: "Bench find", byline: "", sourceUrl: null, deadline: null, bodyJson, bodyText: text, authorId: admin.user.id });
  await insertClaims(
    db,
    claimSpans.map(({ start, end }) => {
      const anchor = createAnchor(text, start, end);
      return { articleId: withClaims.id, ...anchor.position, ...anchor.quote, kind: "statistic" as const, claimant: null, score: 0.9, checkworthy: true, reasons: [], origin: "suggested" as const, status: "open" as const, createdById: null };
    }),
  );

  // Typing: the size an editor reported lag on, and a small article for reference.
  const big = buildBenchArticle(25_000, 400);
  const bigJson = JSON.stringify(plainTextToDoc(big.text));
  const small = buildBenchArticle(1_000, 0);
  const typeWith = await createArticle(db, { title: "Typing with claims", byline: "", sourceUrl: null, deadline: null, bodyJson: bigJson, bodyText: big.text, authorId: admin.user.id });
  const typeWithout = await createArticle(db, { title: "Typing without claims", byline: "", sourceUrl: null, deadline: null, bodyJson: bigJson, bodyText: big.text, authorId: admin.user.id });
  const typeSmall = await createArticle(db, { title: "Typing small", byline: "", sourceUrl: null, deadline: null, bodyJson: JSON.stringify(plainTextToDoc(small.text)), bodyText: small.text, authorId: admin.user.id });
  await insertClaims(
    db,
    big.claimSpans.map(({ start, end }) => {
      const anchor = createAnchor(big.text, start, end);
      return { articleId: typeWith.id, ...anchor.position, ...anchor.quote, kind: "statistic" as const, claimant: null, score: 0.9, checkworthy: true, reasons: [], origin: "suggested" as const, status: "open" as const, createdById: null };
    }),
  );

  await assertPortFree(BASE);
  // Node itself, not npx: stopping npx would leave the server (and its port) behind.
  const server: ChildProcess = spawn(process.execPath, ["--import", "tsx", path.join(__dirname, "..", "serve.ts")], { env, stdio: "ignore" });
  try {
    await waitForServer(BASE, server);
    const browser = await chromium.launch({ executablePath: existsSync("/usr/bin/chromium") ? "/usr/bin/chromium" : undefined });
    const page = await browser.newPage();
    await page.goto(`${BASE}/sign-in`);
    await page.getByLabel("Email").fill("bench@desk.test");
    await page.getByLabel("Password").fill(password);
    await page.getByRole("button", { name: "Sign in" }).click();
    await page.getByRole("button", { name: "Sign out" }).waitFor();
    const shows = (highlights: number) => async (p: Page) => {
      await p.waitForFunction((n) => document.querySelectorAll("mark.claim-hl").length === n && (document.querySelector(".article-text")?.textContent?.length ?? 0) > 1000, highlights, { polling: "raf", timeout: 60_000 });
    };
    const storageState = path.join(dir, "signed-in.json");
    await page.context().storageState({ path: storageState });

    // `--profile FILE`: a CPU profile of one more typing run on the big article with its highlights.
    const profileAt = process.argv.indexOf("--profile");
    if (profileAt !== -1) await typingLatencies(browser, storageState, `${BASE}/articles/${typeWith.id}`, shows(big.claimSpans.length), process.argv[profileAt + 1]);
    const typing = { with: [] as number[], without: [] as number[], small: [] as number[] };
    // Alternated, so a host slowing down mid-run weighs on all three alike.
    for (let i = 0; i < TYPING_ROUNDS; i++) {
      typing.with.push(...(await typingLatencies(browser, storageState, `${BASE}/articles/${typeWith.id}`, shows(big.claimSpans.length))));
      typing.without.push(...(await typingLatencies(browser, storageState, `${BASE}/articles/${typeWithout.id}`, shows(0))));
      typing.small.push(...(await typingLatencies(browser, storageState, `${BASE}/articles/${typeSmall.id}`, shows(0))));
    }
    const typingRows = () => {
      const bigWords = big.text.split(/\s+/).length.toLocaleString("en");
      const row = (what: string, a: number[], b: number[]) =>
        `| ${what} | ${ms(median(a))} / ${ms(percentile(a, 0.9))} | ${ms(median(b))} / ${ms(percentile(b, 0.9))} | ${(median(a) / median(b)).toFixed(2)}× / ${(percentile(a, 0.9) / percentile(b, 0.9)).toFixed(2)}× |`;
      console.log(`Typing: ${TYPING_ROUNDS} rounds of ${typing.with.length / TYPING_ROUNDS} keys each, key to next frame, median / p90.`);
      console.log("");
      console.log("| measure | time | reference | ratio |");
      console.log("|---|---|---|---|");
      console.log(row(`typing in a ${bigWords}-word article with ${big.claimSpans.length} highlights vs. the same without claims`, typing.with, typing.without));
      console.log(row(`typing in that article without claims vs. a ${small.text.split(/\s+/).length.toLocaleString("en")}-word article`, typing.without, typing.small));
    };
    if (typingOnly) {
      await browser.close();
      typingRows();
      return;
    }

    async function loadTime(articleId: string, highlights: number): Promise<number> {
      const t0 = performance.now();
      await page.goto(`${BASE}/articles/${articleId}`, { waitUntil: "commit" });
      await page.waitForFunction(
        (n) => {
          const editor = document.querySelector(".article-text");
          return Boolean(editor && editor.textContent && editor.textContent.length > 1000 && document.querySelectorAll("mark.claim-hl").length === n);
        },
        highlights,
        { polling: "raf", timeout: 60_000 },
      );
      return performance.now() - t0;
    }
    await loadTime(without.id, 0); // warm the server and the browser cache
    const plain: number[] = [];
    const highlighted: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      plain.push(await loadTime(without.id, 0));
      highlighted.push(await loadTime(withClaims.id, claimSpans.length));
    }

    const findRuns: number[] = [];
    for (let i = 0; i < 3; i++) {
      await page.goto(`${BASE}/articles/${findTarget.id}`);
      await page.locator(".article-text").waitFor();
      const t0 = performance.now();
      await page.getByRole("button", { name: "Find claims" }).click();
      await page.getByRole("status").filter({ hasText: /Found|No new/ }).waitFor({ timeout: 60_000 });
      findRuns.push(performance.now() - t0);
    }
    await browser.close();
    const [proposals, finderAlone] = time(() => proposeClaims(text, []));

    const anchors = claimSpans.map(({ start, end }) => createAnchor(text, start, end));
    const edited = text.replace(editedParagraph.text, editedParagraph.replacement);
    const paragraphStart = text.indexOf(editedParagraph.text);
    const inParagraph = anchors
      .filter((a) => a.position.start >= paragraphStart && a.position.end <= paragraphStart + editedParagraph.text.length)
      .map((a) => createAnchor(editedParagraph.text, a.position.start - paragraphStart, a.position.end - paragraphStart));
    const reps = 20;
    const incremental = median(Array.from({ length: reps }, () => time(() => reanchorAll(text, edited, anchors))[1]));
    const full = median(Array.from({ length: reps }, () => time(() => reanchorAll(text, edited, anchors, { strategy: "full" }))[1]));
    const paragraphOnly = median(Array.from({ length: reps }, () => time(() => reanchorAll(editedParagraph.text, editedParagraph.replacement, inParagraph))[1]));

    console.log(`Article: ${words.toLocaleString("en")} words, ${text.length.toLocaleString("en")} characters, ${claimSpans.length} claims. Median of ${RUNS} loads.`);
    console.log("");
    console.log("| measure | time | reference | ratio |");
    console.log("|---|---|---|---|");
    console.log(`| editor shows all ${claimSpans.length} highlights vs. same article without claims | ${ms(median(highlighted))} | ${ms(median(plain))} | ${(median(highlighted) / median(plain)).toFixed(2)}× (target ≤ 2×) |`);
    console.log(`| Find claims in the app (click to result, ${proposals.length} suggestions) vs. the finder alone | ${ms(median(findRuns))} | ${ms(finderAlone)} | ${(median(findRuns) / finderAlone).toFixed(2)}× |`);
    console.log(`| re-anchor after editing one paragraph vs. that paragraph's ${inParagraph.length} claims alone | ${ms(incremental)} | ${ms(paragraphOnly)} | ${(incremental / Math.max(paragraphOnly, 0.001)).toFixed(2)}× |`);
    console.log(`| re-anchor, full search of all ${anchors.length} claims (for scale) | ${ms(full)} | ${ms(incremental)} | ${(full / incremental).toFixed(2)}× |`);
    console.log("");
    typingRows();
  } finally {
    await stopServer(server);
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
