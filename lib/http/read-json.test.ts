import { describe, expect, it } from "vitest";
import { readJsonBody } from "./read-json";

const post = (body: string, type = "application/json") => new Request("http://desk.test/api/x", { method: "PUT", headers: { "content-type": type }, body });

describe("readJsonBody", () => {
  it("parses a JSON body within the limit", async () => {
    expect(await readJsonBody(post('{"a":[1,"é"]}'), 100)).toEqual({ ok: true, value: { a: [1, "é"] } });
    expect(await readJsonBody(post("[]", "application/json; charset=utf-8"), 100)).toEqual({ ok: true, value: [] });
  });

  it("refuses other content types, oversized and malformed bodies with a status and a message", async () => {
    expect(await readJsonBody(post("{}", "text/plain"), 100)).toMatchObject({ ok: false, status: 415 });
    expect(await readJsonBody(post("{}", "application/jsonp"), 100)).toMatchObject({ ok: false, status: 415 });
    expect(await readJsonBody(post(JSON.stringify({ a: "é".repeat(60) })), 100)).toMatchObject({ ok: false, status: 413 });
    expect(await readJsonBody(post("{not json"), 100)).toEqual({ ok: false, status: 400, error: "The body is not valid JSON." });
  });
});
