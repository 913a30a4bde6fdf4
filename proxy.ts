import { NextResponse, type NextRequest } from "next/server";
import { isReadablePath, UNREADABLE_PATH_MESSAGE } from "@/lib/http/readable-path";

/**
 * Sends signed-out visitors to the sign-in page. This is convenience only: it
 * looks for the session cookie and nothing more. Every page, action and route
 * handler checks the session and the role itself.
 */
const SESSION_COOKIES = ["authjs.session-token", "__Secure-authjs.session-token"];
const PUBLIC_PATHS = ["/sign-in", "/setup", "/api/", "/_next/", "/favicon", "/icon.svg"];

export function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  // Answered here, pages and API routes alike: Next would fail on it with a bare 500.
  if (!isReadablePath(pathname)) {
    return pathname.startsWith("/api/")
      ? NextResponse.json({ error: UNREADABLE_PATH_MESSAGE }, { status: 400 })
      : new NextResponse(UNREADABLE_PATH_MESSAGE, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
  if (PUBLIC_PATHS.some((prefix) => pathname.startsWith(prefix))) return NextResponse.next();
  const signedIn = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (signedIn) return NextResponse.next();
  // A server action answers for itself ("Your session has ended…", with the form's
  // text kept); redirected here, the page could only say the server was unreachable.
  if (request.method === "POST" && request.headers.has("next-action")) return NextResponse.next();
  const url = new URL("/sign-in", request.url);
  if (pathname !== "/") url.searchParams.set("from", pathname);
  return NextResponse.redirect(url);
}

// Pages; and an API route only when its path holds a %-escape, for the check above:
// the proxy costs every request it runs for, and autosave's addresses never hold one.
export const config = { matcher: ["/((?!api/|_next/static|_next/image|favicon.ico).*)", "/api/(.*%.*)"] };
