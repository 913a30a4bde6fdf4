import { z } from "zod";

/**
 * The environment, read once and validated. Every setting the README's
 * configuration table lists is here. Read elsewhere: the Auth.js secret and
 * address settings (lib/auth/guards.ts reads them as next-auth does), and the
 * build's and tests' own (NEXT_DIST_DIR, E2E_PORT, E2E_DATA_DIR, CHROMIUM_PATH).
 */
const optional = z
  .string()
  .trim()
  .transform((value) => (value === "" ? undefined : value))
  .optional();

/**
 * An on/off setting: 1, true, yes or on; 0, false, no, off or unset. Anything
 * else stops the server, so a mistyped value never turns a protection off (a
 * plain string would make "false" true).
 */
const flag = z
  .string()
  .trim()
  .toLowerCase()
  .optional()
  .transform((value, ctx) => {
    if (value === undefined || ["", "0", "false", "no", "off"].includes(value)) return false;
    if (["1", "true", "yes", "on"].includes(value)) return true;
    ctx.addIssue({ code: "custom", message: "must be true or false (1 or 0)" });
    return z.NEVER;
  });

const envSchema = z
  .object({
    DATABASE_URL: z
      .string()
      .trim()
      .default("file:./data/factcheck.db")
      .refine((url) => /^(file:|libsql:|https?:|wss?:|:memory:$)/.test(url), {
        message: "DATABASE_URL must start with file:, libsql:, http(s): or ws(s):",
      }),
    DATABASE_AUTH_TOKEN: optional,
    AUTH_SECRET: optional,
    PORT: z.coerce.number().int().min(1).max(65535).default(3000),
    HOSTNAME: optional,
    /** Server processes `npm start` runs; default one per core, up to four. */
    WEB_CONCURRENCY: z.coerce.number().int().min(1).max(64).optional(),
    SMTP_HOST: optional,
    SMTP_PORT: z.coerce.number().int().min(1).max(65535).optional(),
    SMTP_USER: optional,
    SMTP_PASSWORD: optional,
    SMTP_FROM: optional,
    /** TLS from the first byte (port 465), as a flag: "yes" or "TRUE" must not silently mean plain SMTP. */
    SMTP_SECURE: flag,
    OIDC_ISSUER: z.url().optional().or(z.literal("").transform(() => undefined)),
    OIDC_CLIENT_ID: optional,
    OIDC_CLIENT_SECRET: optional,
    OIDC_NAME: optional,
    APP_URL: optional,
    /** Minutes before a claim is due that its holder is reminded (bell, and e-mail with SMTP); 0 turns reminders off. */
    DUE_REMINDER_MINUTES: z.coerce.number().int().min(0).max(7 * 24 * 60).optional(),
    /** Lets "Import from URL" reach private addresses; for tests and intranets only. */
    ALLOW_PRIVATE_URL_IMPORT: flag,
    /**
     * How many proxies in front of the desk append to X-Forwarded-For (0: none,
     * the desk is reached directly). Sign-in throttling counts failures by the
     * address the outermost of them saw; without this, the header is the client's
     * to write and is not believed.
     */
    TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(10).default(0),
  })
  .superRefine((env, ctx) => {
    const oidc = [env.OIDC_ISSUER, env.OIDC_CLIENT_ID, env.OIDC_CLIENT_SECRET];
    if (oidc.some(Boolean) && !oidc.every(Boolean)) {
      ctx.addIssue({
        code: "custom",
        path: ["OIDC_ISSUER"],
        message: "single sign-on needs all three of OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET",
      });
    }
    if (env.SMTP_HOST && !env.SMTP_FROM) {
      ctx.addIssue({ code: "custom", path: ["SMTP_FROM"], message: "SMTP_FROM is required when SMTP_HOST is set" });
    }
  });

export type Env = z.infer<typeof envSchema>;

/** Parses an environment; throws one readable line naming the setting to fix. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const result = envSchema.safeParse(source);
  if (!result.success) {
    const issue = result.error.issues[0];
    const name = issue?.path.join(".") || "environment";
    throw new Error(`Configuration error: ${name}: ${issue?.message ?? "invalid"}`);
  }
  return result.data;
}

let cached: Env | undefined;

/** The process environment, parsed on first use. */
export function env(): Env {
  cached ??= parseEnv(process.env);
  return cached;
}

/** True when the database is the embedded file (not a libSQL server). */
export function isFileDatabase(url: string): boolean {
  return url.startsWith("file:");
}

/** Whether single sign-on is configured. */
export function oidcEnabled(e: Env = env()): boolean {
  return Boolean(e.OIDC_ISSUER && e.OIDC_CLIENT_ID && e.OIDC_CLIENT_SECRET);
}
