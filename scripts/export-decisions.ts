import { writeFileSync } from "node:fs";
import { createDatabase, openClient } from "@/db";
import { decisionsToTsv, listDeskDecisions } from "@/db/queries/decisions";
import { parseEnv } from "@/lib/env";

/**
 * `npm run claims:decisions [-- --out FILE]`: the desk's accept/dismiss decisions
 * as TSV for `npm run claims -- train --tsv FILE`. Prints to stdout without --out.
 */
async function main() {
  const env = parseEnv(process.env);
  const db = createDatabase(openClient(env.DATABASE_URL, env.DATABASE_AUTH_TOKEN));
  const tsv = decisionsToTsv(await listDeskDecisions(db));
  const at = process.argv.indexOf("--out");
  if (at > 0 && process.argv[at + 1]) {
    writeFileSync(process.argv[at + 1], tsv);
    console.error(`Wrote ${tsv.split("\n").length - 2} decisions to ${process.argv[at + 1]}.`);
  } else process.stdout.write(tsv);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(2);
});
