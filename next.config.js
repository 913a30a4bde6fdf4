// @ts-check
/** @type {import('next').NextConfig} */
const nextConfig = {
  // Native and Node-only packages stay out of the server bundle.
  serverExternalPackages: ["@libsql/client", "libsql", "@node-rs/argon2", "linkedom", "mammoth", "docx"],
  // Lets several checkouts or workers build side by side (NEXT_DIST_DIR=.next-b).
  distDir: process.env.NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Types are checked once by `npm run typecheck` (first step of `npm test`), not again per build.
  typescript: { ignoreBuildErrors: true },
  // forbidden() and app/forbidden.tsx give role-refused pages a real 403.
  // Imported files may be up to 5 MB (lib/intake/limits.ts); actions carry them.
  experimental: { authInterrupts: true, serverActions: { bodySizeLimit: "6mb" } },
  async headers() {
    return [
      {
        source: "/:path*",
        headers: [
          { key: "X-Content-Type-Options", value: "nosniff" },
          { key: "Referrer-Policy", value: "same-origin" },
          { key: "X-Frame-Options", value: "DENY" },
        ],
      },
    ];
  },
};

module.exports = nextConfig;
