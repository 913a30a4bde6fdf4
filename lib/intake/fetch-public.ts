import { lookup as dnsLookup, type LookupAddress, type LookupAllOptions, type LookupOneOptions } from "node:dns";
import { request as httpRequest, type IncomingMessage } from "node:http";
import { request as httpsRequest } from "node:https";
import { Readable } from "node:stream";
import { createBrotliDecompress, createGunzip, createInflate } from "node:zlib";
import { isPrivateAddress } from "./address";
import { IntakeError } from "./errors";

type LookupCallback = (error: NodeJS.ErrnoException | null, address: string | LookupAddress[], family?: number) => void;
type Resolve = (hostname: string, options: LookupAllOptions, callback: (error: NodeJS.ErrnoException | null, addresses: LookupAddress[]) => void) => void;
export type ConnectLookup = (hostname: string, options: LookupOneOptions | LookupAllOptions, callback: LookupCallback) => void;

/**
 * A DNS lookup for the connection itself that refuses a name resolving to any
 * private address. assertPublicHost checks a name before the fetch, but the fetch
 * used to resolve it again, so a name whose answer changed in between (DNS
 * rebinding) reached the intranet; here the addresses checked are the ones the
 * socket connects to. `resolve` is node:dns's lookup (a test passes its own).
 */
export function publicOnlyLookup(resolve: Resolve = dnsLookup as unknown as Resolve): ConnectLookup {
  return (hostname, options, callback) => {
    resolve(hostname, { ...options, all: true, verbatim: true }, (error, addresses) => {
      if (error) return callback(error, []);
      if (addresses.length === 0 || addresses.some((entry) => isPrivateAddress(entry.address))) {
        const refused = new IntakeError(
          "private_address",
          `${hostname} is an internal or private address, which the desk does not fetch. Use the article's public URL, or import it as a file.`,
        );
        return callback(refused as unknown as NodeJS.ErrnoException, []);
      }
      if ((options as LookupAllOptions).all) return callback(null, addresses);
      callback(null, addresses[0].address, addresses[0].family);
    });
  };
}

const NULL_BODY = new Set([204, 205, 304]);

/** The body as the server sent it, decompressed when it says it is (fetch did that for us). */
function decoded(response: IncomingMessage): Readable {
  const encoding = (response.headers["content-encoding"] ?? "").trim().toLowerCase();
  if (encoding === "gzip" || encoding === "x-gzip") return response.pipe(createGunzip());
  if (encoding === "deflate") return response.pipe(createInflate());
  if (encoding === "br") return response.pipe(createBrotliDecompress());
  return response;
}

/**
 * A GET in the shape of fetch with `redirect: "manual"` (the caller follows
 * redirects and checks each hop), over node:http(s) with `lookup` as the
 * connection's DNS: global fetch offers no way to check the address it connects to.
 */
export function fetchThrough(lookup: ConnectLookup): (url: URL | string, init: { signal?: AbortSignal; headers?: Record<string, string> }) => Promise<Response> {
  return (input, init) =>
    new Promise((resolve, reject) => {
      const url = new URL(String(input));
      const send = url.protocol === "https:" ? httpsRequest : httpRequest;
      const request = send(url, { method: "GET", headers: { "accept-encoding": "gzip, deflate, br", ...init.headers }, signal: init.signal, lookup }, (response) => {
        const status = response.statusCode ?? 0;
        if (status < 200 || status > 599) {
          response.destroy();
          return reject(new Error(`The site answered with status ${status}.`));
        }
        const headers = new Headers();
        for (const [name, value] of Object.entries(response.headers)) {
          if (Array.isArray(value)) for (const one of value) headers.append(name, one);
          else if (value !== undefined) headers.set(name, value);
        }
        // A compressed body is decoded here, so its encoding and length no longer describe it.
        if (headers.has("content-encoding")) {
          headers.delete("content-encoding");
          headers.delete("content-length");
        }
        const body = NULL_BODY.has(status) ? null : (Readable.toWeb(decoded(response)) as ReadableStream<Uint8Array>);
        if (!body) response.resume();
        const answer = new Response(body, { status, headers });
        Object.defineProperty(answer, "url", { value: url.href });
        resolve(answer);
      });
      request.on("error", reject);
      request.end();
    });
}
