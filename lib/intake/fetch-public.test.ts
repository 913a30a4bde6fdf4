import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import { afterAll, beforeAll, expect, test } from "vitest";
import { IntakeError } from "./errors";
import { fetchThrough, publicOnlyLookup, type ConnectLookup } from "./fetch-public";
import { fetchArticleFromUrl } from "./fetch-url";

const page = `<!doctype html><html><head><title>Trees</title></head><body><article><h1>Trees</h1>${"<p>The council approved a plan to plant 12,000 trees along the river by 2027, a target critics say the parks department has missed twice before.</p>".repeat(4)}</article></body></html>`;
let server: Server;
let port = 0;
const seen: string[] = [];

beforeAll(async () => {
  server = createServer((request, response) => {
    seen.push(`${request.headers.host} ${request.url}`);
    if (request.url === "/gzip") return void response.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(gzipSync(page));
    if (request.url === "/moved") return void response.writeHead(302, { location: "/gzip" }).end();
    response.writeHead(200, { "content-type": "text/html; charset=utf-8", "set-cookie": ["a=1", "b=2"] }).end(page);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
});

/** A resolver that answers every name with these addresses, as a rebinding DNS server might on its second answer. */
const answering = (...addresses: string[]) =>
  ((_host: string, _options: object, callback: (error: null, list: { address: string; family: number }[]) => void) =>
    callback(null, addresses.map((address) => ({ address, family: address.includes(":") ? 6 : 4 })))) as Parameters<typeof publicOnlyLookup>[0];

test("a name that resolves to a private address when the connection is made is refused, whatever the first check saw (DNS rebinding)", async () => {
  seen.length = 0;
  const get = fetchThrough(publicOnlyLookup(answering("127.0.0.1")));
  const error = await get(`http://rebound.test:${port}/`, {}).then(() => null, (caught: unknown) => caught);
  expect(error).toBeInstanceOf(IntakeError);
  expect((error as IntakeError).code).toBe("private_address");
  // A public answer beside a private one is refused too: the socket might take either.
  const mixed = await fetchThrough(publicOnlyLookup(answering("93.184.216.34", "10.0.0.8")))(`http://rebound.test:${port}/`, {}).then(() => null, (caught: unknown) => caught);
  expect((mixed as IntakeError).code).toBe("private_address");
  expect(seen).toEqual([]);
});

test("through a lookup that allows it, the answer reads as fetch's would: status, headers, decompressed body, no redirect followed", async () => {
  const allow: ConnectLookup = (_host, options, callback) => ("all" in options && options.all ? callback(null, [{ address: "127.0.0.1", family: 4 }]) : callback(null, "127.0.0.1", 4));
  const get = fetchThrough(allow);
  const plain = await get(`http://desk-test.example:${port}/`, { headers: { accept: "text/html" } });
  expect(plain.status).toBe(200);
  expect(plain.headers.get("content-type")).toBe("text/html; charset=utf-8");
  expect(plain.url).toBe(`http://desk-test.example:${port}/`);
  expect(await plain.text()).toBe(page);
  const zipped = await get(`http://desk-test.example:${port}/gzip`, {});
  expect(zipped.headers.get("content-encoding")).toBeNull();
  expect(await zipped.text()).toBe(page);
  const moved = await get(`http://desk-test.example:${port}/moved`, {});
  expect([moved.status, moved.headers.get("location")]).toEqual([302, "/gzip"]);
});

test("the import refuses a private host through its own connection, with the usual message", async () => {
  // "localhost" fails the first check already; this pins that the default transport is the checked one.
  const error = await fetchArticleFromUrl(`http://localhost:${port}/`).then(() => null, (caught: unknown) => caught);
  expect((error as IntakeError).code).toBe("private_address");
});
