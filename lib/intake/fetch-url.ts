import { withoutTracking } from "@/lib/verdicts/source-url";
import { assertPublicHost } from "./address";
import { fetchThrough, publicOnlyLookup } from "./fetch-public";
import { decodeHtml } from "./charset";
import { IntakeError } from "./errors";
import { failedAtLookup, unreachableMessage } from "./unreachable";
import { MAX_ARTICLE_CHARS, MAX_FILE_BYTES, URL_FETCH_TIMEOUT_MS } from "./limits";
import { extractReadableArticle, type ReadableArticle } from "./readable";

export type FetchArticleOptions = {
  timeoutMs?: number;
  maxBytes?: number;
  /** Only for tests and trusted setups: allow loopback and private networks. */
  allowPrivateHosts?: boolean;
  fetchImpl?: typeof fetch;
  /** Reads the page's article out of its HTML (default: here, in this thread; the desk passes off-thread.ts's worker). */
  extract?: (html: string, url: string) => Promise<ReadableArticle>;
};

export type FetchedArticle = ReadableArticle & { url: string };

const MAX_REDIRECTS = 5;
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

function parseUrl(raw: string): URL {
  let url: URL;
  try {
    url = new URL(raw.trim());
  } catch {
    throw new IntakeError("bad_url", "That is not a web address. Paste the full URL, starting with https://.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new IntakeError("bad_url", "Only http:// and https:// addresses can be imported. Paste the article's web address.");
  }
  return url;
}

function statusError(status: number): IntakeError {
  const what =
    status === 404 || status === 410
      ? `The page was not found (HTTP ${status}). Check the URL; the article may have moved or been taken down.`
      : status === 401 || status === 403
        ? `The site refused access (HTTP ${status}); the article may be behind a paywall or login. Copy the text and paste it instead.`
        : status === 429
          ? "The site is limiting requests (HTTP 429). Wait a few minutes and try again."
          : status >= 500
            ? `The site had an error (HTTP ${status}). Try again later, or copy the text and paste it.`
            : `The site answered with HTTP ${status} instead of the page. Check the URL, or copy the text and paste it.`;
  return new IntakeError("http_status", what, { status });
}

function tooBig(maxBytes: number): IntakeError {
  return new IntakeError(
    "too_big",
    `The page is larger than ${(maxBytes / 1024 / 1024).toFixed(0)} MB, the import limit. Copy the article text and paste it instead.`,
  );
}

/** Reads the body as a stream, giving up as soon as it passes maxBytes. */
async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBytes) throw tooBig(maxBytes);
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > maxBytes) {
      await reader.cancel();
      throw tooBig(maxBytes);
    }
    chunks.push(value);
  }
  const body = new Uint8Array(total);
  let at = 0;
  for (const chunk of chunks) {
    body.set(chunk, at);
    at += chunk.byteLength;
  }
  return body;
}

/** Follows up to MAX_REDIRECTS redirects by hand so every hop's host is checked. */
async function fetchChecked(start: URL, options: Required<FetchArticleOptions>, signal: AbortSignal): Promise<Response> {
  let url = start;
  for (let hop = 0; hop <= MAX_REDIRECTS; hop++) {
    if (!options.allowPrivateHosts) await assertPublicHost(url);
    const response = await options.fetchImpl(url, {
      redirect: "manual",
      signal,
      headers: { accept: "text/html,application/xhtml+xml;q=0.9", "user-agent": "FactCheckDesk/1.0 (article import)" },
    });
    const location = response.headers.get("location");
    if (response.status < 300 || response.status >= 400 || !location) return response;
    await response.body?.cancel();
    url = parseUrl(new URL(location, url).href);
  }
  throw new IntakeError("unreachable", "The page redirects too many times. Open it in a browser and copy the final address.");
}

/**
 * Imports an article from the web on the server: http/https only; refuses
 * hosts that resolve to private, loopback or link-local addresses (SSRF),
 * re-checking after every redirect, unless `allowPrivateHosts`; gives up
 * after `timeoutMs` (default 10 s) for the whole exchange; requires an HTML
 * content type; streams the body and stops past `maxBytes` (default 5 MB);
 * decodes it as a browser would (the header's charset, else the page's
 * <meta>); then extracts the readable article, and returns the final address
 * without tracking parameters (utm_*, fbclid, gclid, …). Every failure is an IntakeError that
 * says what happened (bad_url, private_address, unreachable, timeout,
 * http_status, not_html, too_big, not_article, too_long, and too_complex for
 * a page nested too deeply or too big to read: html-shape.ts). The connection
 * checks the addresses it connects to as well (fetch-public.ts), so a host that
 * changes its DNS answer after the first check (DNS rebinding) is refused too.
 */
export async function fetchArticleFromUrl(rawUrl: string, opts: FetchArticleOptions = {}): Promise<FetchedArticle> {
  const options: Required<FetchArticleOptions> = {
    timeoutMs: opts.timeoutMs ?? URL_FETCH_TIMEOUT_MS,
    maxBytes: opts.maxBytes ?? MAX_FILE_BYTES,
    allowPrivateHosts: opts.allowPrivateHosts ?? false,
    // Connecting only to the public addresses it checked (fetch-public.ts), unless private hosts are allowed.
    fetchImpl: opts.fetchImpl ?? (opts.allowPrivateHosts ? fetch : (fetchThrough(publicOnlyLookup()) as unknown as typeof fetch)),
    extract: opts.extract ?? (async (html, pageUrl) => extractReadableArticle(html, pageUrl)),
  };
  const url = parseUrl(rawUrl);
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), options.timeoutMs);
  try {
    const response = await fetchChecked(url, options, controller.signal);
    if (!response.ok) {
      await response.body?.cancel();
      throw statusError(response.status);
    }
    const contentType = response.headers.get("content-type") ?? "";
    if (!HTML_TYPES.has(contentType.split(";")[0].trim().toLowerCase())) {
      await response.body?.cancel();
      throw new IntakeError(
        "not_html",
        `That address is not a web page (it is ${contentType.split(";")[0] || "of an unknown type"}). Download the file and use "Import file", or link to the article page.`,
      );
    }
    // Decoded as a browser would: the header's charset, else the page's <meta> (charset.ts).
    const html = decodeHtml(await readCapped(response, options.maxBytes), contentType);
    const finalUrl = response.url || url.href;
    // The timer stops with the fetch: reading the page has its own limit where it runs off-thread.
    clearTimeout(timer);
    const article = await options.extract(html, finalUrl);
    if (article.textLength > MAX_ARTICLE_CHARS) {
      throw new IntakeError(
        "too_long",
        `The article has ${article.textLength.toLocaleString("en-US")} characters; the limit is ${MAX_ARTICLE_CHARS.toLocaleString("en-US")}.`,
      );
    }
    // The article's source is the page, not the campaign that led to it (utm_*, fbclid, …).
    return { ...article, url: withoutTracking(finalUrl) };
  } catch (error) {
    if (error instanceof IntakeError) throw error;
    if (controller.signal.aborted) {
      throw new IntakeError("timeout", unreachableMessage(url.hostname, "timeout", options.timeoutMs), { cause: error });
    }
    // Refused, reset or unroutable: the desk's server could not get there, which says nothing against the address.
    throw new IntakeError("unreachable", unreachableMessage(url.hostname, failedAtLookup(error) ? "lookup" : "connect"), { cause: error });
  } finally {
    clearTimeout(timer);
  }
}
