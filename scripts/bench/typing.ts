import { writeFileSync } from "node:fs";
import type { Browser, Page } from "@playwright/test";

/**
 * Typing latency in the article editor, for bench:workspace: per keystroke, the
 * time from the keydown event (its timestamp, so time the key waited for a busy
 * main thread counts) to just after the next frame, i.e. what a person sees.
 * A message posted from a requestAnimationFrame callback runs once that frame's
 * style, layout and paint are done, so the figure includes them.
 */
const TYPED = "and a few more words typed in the middle ";
const WARM_UP = 5;

// No named functions inside page.evaluate: tsx's esbuild would wrap them in a helper the page lacks.
type Probe = { samples: number[]; waiters: { n: number; wake: () => void }[] };

async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const probe: Probe = { samples: [], waiters: [] };
    (window as unknown as { __typingProbe: Probe }).__typingProbe = probe;
    window.addEventListener(
      "keydown",
      (event) => {
        const pressed = event.timeStamp;
        requestAnimationFrame(() => {
          const channel = new MessageChannel();
          channel.port1.onmessage = () => {
            probe.samples.push(performance.now() - pressed);
            const due = probe.waiters.filter((w) => w.n <= probe.samples.length);
            probe.waiters = probe.waiters.filter((w) => w.n > probe.samples.length);
            due.forEach((w) => w.wake());
          };
          channel.port2.postMessage(null);
        });
      },
      { capture: true },
    );
  });
}

/** Places the caret at the end of the paragraph in the middle of the text (not on a highlight: a click there selects its claim). */
async function caretInMiddle(page: Page): Promise<void> {
  await page.evaluate(() => {
    const editor = document.querySelector<HTMLElement>(".article-text")!;
    const paragraphs = editor.querySelectorAll("p");
    const middle = paragraphs[Math.floor(paragraphs.length / 2)];
    editor.focus();
    const range = document.createRange();
    range.selectNodeContents(middle);
    range.collapse(false);
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
  });
  // ProseMirror reads the DOM selection on selectionchange: let it before typing.
  await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0))));
}

/**
 * Opens `url` in a fresh context (no safety copy of an earlier run's typing, no
 * unsaved-changes prompt on leaving), types into the middle of the text, one key
 * at a time, each after the previous one's frame, and returns the latencies.
 */
export async function typingLatencies(browser: Browser, storageState: string, url: string, ready: (page: Page) => Promise<void>, profilePath?: string): Promise<number[]> {
  const context = await browser.newContext({ storageState });
  try {
    const page = await context.newPage();
    await page.goto(url);
    await ready(page);
    await installProbe(page);
    await caretInMiddle(page);
    const cdp = profilePath ? await context.newCDPSession(page) : null;
    if (cdp) {
      await cdp.send("Profiler.enable");
      await cdp.send("Profiler.setSamplingInterval", { interval: 100 });
      await cdp.send("Profiler.start");
    }
    for (let i = 0; i < TYPED.length; i++) {
      await page.keyboard.press(TYPED[i] === " " ? "Space" : TYPED[i]);
      await page.evaluate(
        (n) =>
          new Promise<void>((resolve) => {
            const probe = (window as unknown as { __typingProbe: Probe }).__typingProbe;
            if (probe.samples.length >= n) resolve();
            else probe.waiters.push({ n, wake: resolve });
          }),
        i + 1,
      );
    }
    if (cdp && profilePath) {
      const { profile } = await cdp.send("Profiler.stop");
      writeFileSync(profilePath, JSON.stringify(profile));
      summariseProfile(profile);
    }
    const samples = await page.evaluate(() => (window as unknown as { __typingProbe: Probe }).__typingProbe.samples);
    // Everything typed must be in the text: a lost key would flatter the figure.
    const text = await page.locator(".article-text").textContent();
    if (!text?.includes(TYPED.trim())) throw new Error("the typed words are not in the editor");
    return samples.slice(WARM_UP);
  } finally {
    await context.close();
  }
}

/** The value below which `fraction` of the values lie (nearest rank). */
export const percentile = (values: readonly number[], fraction: number): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1)];
};

type ProfileNode = { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] };

/** Prints where the sampled time went: the functions with the most self time, and the scripts. */
function summariseProfile(profile: { nodes: ProfileNode[]; samples?: number[]; timeDeltas?: number[] }): void {
  const byNode = new Map(profile.nodes.map((node) => [node.id, node]));
  const self = new Map<string, number>();
  const byScript = new Map<string, number>();
  let total = 0;
  (profile.samples ?? []).forEach((id, i) => {
    const dt = (profile.timeDeltas?.[i] ?? 0) / 1000;
    const { functionName, url, lineNumber, columnNumber } = byNode.get(id)!.callFrame;
    if (functionName === "(idle)" || functionName === "(program)") return;
    total += dt;
    const script = url.split("/").pop() || functionName;
    const key = `${functionName || "(anonymous)"} ${script}:${lineNumber + 1}:${columnNumber + 1}`;
    self.set(key, (self.get(key) ?? 0) + dt);
    byScript.set(script, (byScript.get(script) ?? 0) + dt);
  });
  const top = (m: Map<string, number>, n: number) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).map(([k, v]) => `  ${v.toFixed(1).padStart(7)} ms  ${k}`).join("\n");
  console.log(`Profile: ${total.toFixed(0)} ms busy. Self time by function:\n${top(self, 25)}\nBy script:\n${top(byScript, 10)}`);
}
