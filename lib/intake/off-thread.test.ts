import { describe, expect, test } from "vitest";
import { extractArticleOffThread, importFileOffThread } from "./off-thread";

const utf8 = (text: string) => new TextEncoder().encode(text);

describe("importFileOffThread", () => {
  test("reads a file in a worker thread and answers as importFile does", async () => {
    const result = await importFileOffThread("story.md", utf8("# Fares rise\n\nBy Sam Writer\n\nFares rose 4.6% in March."));
    expect(result).toEqual({ title: "Fares rise", byline: "By Sam Writer", html: "<p>Fares rose 4.6% in March.</p>" });
  });

  test("an intake refusal comes back as the same IntakeError", async () => {
    await expect(importFileOffThread("photo.txt", new Uint8Array([0xff, 0xd8, 0, 1]))).rejects.toMatchObject({ name: "IntakeError", code: "binary_file" });
  });

  test("a file that takes longer than the limit is stopped with a message", async () => {
    await expect(importFileOffThread("slow.md", utf8("# Slow\n\ntext"), 1)).rejects.toMatchObject({ code: "too_complex", userMessage: expect.stringContaining("took too long to read") });
  });
});

describe("extractArticleOffThread", () => {
  test("reads a fetched page's article in a worker thread", async () => {
    const paragraphs = Array.from({ length: 6 }, (_, i) => `<p>The bridge repairs are eighteen months behind schedule, the council said in its report number ${i + 1}, and costs have risen by a third since the contract was signed.</p>`).join("");
    const page = `<!doctype html><html><head><title>Bridge repairs late</title></head><body><nav>Home Sports</nav><article><h1>Bridge repairs late</h1>${paragraphs}</article></body></html>`;
    const article = await extractArticleOffThread(page, "https://news.example/bridge");
    expect(article.title).toBe("Bridge repairs late");
    expect(article.html).toContain("eighteen months behind schedule");
    expect(article.html).not.toContain("Sports");
  });
});
