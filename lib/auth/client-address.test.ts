import { spawn } from "node:child_process";
import { describe, expect, test } from "vitest";
import { PEER_HEADER, clientAddress } from "./client-address";

const headers = (values: Record<string, string>) => new Headers(values);

describe("clientAddress", () => {
  test("without proxies: the connection's address; a client's X-Forwarded-For is not believed", () => {
    expect(clientAddress(headers({ [PEER_HEADER]: "203.0.113.9", "x-forwarded-for": "198.51.100.1" }))).toBe("203.0.113.9");
    expect(clientAddress(headers({ "x-forwarded-for": "198.51.100.1", "x-real-ip": "198.51.100.2" }))).toBe("local");
  });

  test("behind proxies: the address the outermost trusted proxy saw, whatever the client prepended", () => {
    const forwarded = { [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "6.6.6.6, 203.0.113.9, 10.0.0.1" };
    expect(clientAddress(headers(forwarded), 1)).toBe("10.0.0.1");
    expect(clientAddress(headers(forwarded), 2)).toBe("203.0.113.9");
    // Fewer entries than proxies: something is misconfigured; fall back to the connection.
    expect(clientAddress(headers({ [PEER_HEADER]: "10.0.0.2", "x-forwarded-for": "203.0.113.9" }), 2)).toBe("10.0.0.2");
  });
});

test("the preloaded server script writes the peer header from the socket, over a forged one", async () => {
  // A real HTTP server in a child process with scripts/peer-address.mjs preloaded, as serve.ts starts Next.
  const server = spawn(process.execPath, [
    "--import", "./scripts/peer-address.mjs", "--input-type=module", "-e",
    `import { PEER_HEADER } from "./scripts/peer-address.mjs";
     import http from "node:http";
     if (PEER_HEADER !== ${JSON.stringify(PEER_HEADER)}) throw new Error("header names differ");
     const s = http.createServer((req, res) => res.end(String(req.headers[PEER_HEADER])));
     s.listen(0, "127.0.0.1", () => console.log(s.address().port));`,
  ]);
  try {
    const port = await new Promise<string>((resolve, reject) => {
      server.stdout.once("data", (chunk: Buffer) => resolve(chunk.toString().trim()));
      server.once("exit", (code) => reject(new Error(`server exited ${code}`)));
    });
    const answer = await fetch(`http://127.0.0.1:${port}/`, { headers: { [PEER_HEADER]: "6.6.6.6" } });
    expect(await answer.text()).toBe("127.0.0.1");
  } finally {
    server.kill();
  }
});
