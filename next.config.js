// @ts-check

/**
 * What pages may load and run. Everything comes from the desk itself: scripts
 * (Next's inline bootstrap needs 'unsafe-inline'; the development server's
 * refresh also needs eval), styles (the editor sets inline styles), images
 * (data: and blob: for pasted ones), and fetches. No plugins, no framing, no
 * <base> elsewhere. form-action is left open: single sign-on answers a form
 * with a redirect to the identity provider.
 */
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${process.env.NODE_ENV === "production" ? "" : " 'unsafe-eval'"}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "frame-ancestors 'none'",
].join("; ");

/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and Node-only packages stay out of the server bundle.
  serverExternalPackages: ["@libsql/client", "libsql", "@node-rs/argon2", "linkedom", "mammoth", "docx"],
  // Lets several checkouts or workers build side by side (NEXT_DIST_DIR=.next-b).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Every page's <title> comes in the same render as the page, never streamed
  // after it: a streamed title could be missing for a moment while an action
  // refreshed the page (seen in e2e under load), and editors keep many claim
  // tabs open by name. The title's reads are the page's own (cached), so this costs little.
  htmlLimitedBots: /.*/,
  // Types are checked once by `npm run typecheck` (first step of `npm test`), not again per build.
  typescript: { ignoreBuildErrors: true },
  // forbidden() and app/forbidden.tsx give role-refused pages a real 403.
  // Imported files may be up to 5 MB (lib/intake/limits.ts); actions carry them.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
  // Browsers and bookmark tools still ask for /favicon.ico, Chromium too when a slow
  // page has not given it the <link rel="icon"> yet (seen in CI as a console 404).
  async redirects() {
    return [{ source: "/favicon.ico", destination: "/icon.svg", permanent: true }];
  },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
          { key: "Content-Security-Policy", value: CONTENT_SECURITY_POLICY },
          // Browsers heed it only over HTTPS; there it keeps them from ever trying plain HTTP again.
          { key: "Strict-Transport-Security", value: "max-age=31536000" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
