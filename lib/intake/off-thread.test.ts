import { describe, expect, test } from "vitest";
import { importFileOffThread } from "./off-thread";

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
