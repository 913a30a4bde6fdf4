import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { basename, join } from "node:path";
import process from "node:process";
import { fileURLToPath } from "node:url";
import { evalClefCommand, evalCt24Command, scoreCommand, splitCommand, trainCommand } from "./commands";
import { decodeUtf8, InputError } from "./tsv";

/**
 * `npm run --silent claims -- <command>`: split, score, eval, train. Output is
 * built in full before anything is printed, so a failure half-way leaves stdout
 * empty; every error is one line on stderr and exit code 2 (the batch contract).
 */

const USAGE = "usage: claims split FILE|- | score FILE|- | eval --ct24 FILE | eval --clef2019 DIR [--with-ct24 TRAIN] | train --ct24 DIR|FILES... [--tsv FILE] --out FILE (the shipped model is lib/claims/model/weights.json)";
const HELP = [
  "",
  "  split FILE|-    one JSON line per sentence of a plain-text article: its score, claims, claimant and reasons",
  "  score FILE|-    scores a TSV with id and text columns",
  "  eval            the shipped model's figures on the CT24 or CLEF-2019 data",
  "  train           fits a model on CT24 files (and the desk's decisions with --tsv)",
  "",
].join("\n");

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

function readInput(path: string): string {
  if (path === "-") return decodeUtf8(readFileSync(0), "stdin");
  if (!existsSync(path)) throw new InputError(`${path}: no such file`);
  if (statSync(path).isDirectory()) throw new InputError(`${path}: is a directory, expected a file`);
  return decodeUtf8(readFileSync(path), path);
}

/** Values following `flag` up to the next `--option`. */
function flagValues(args: string[], flag: string): string[] {
  const at = args.indexOf(flag);
  if (at < 0) return [];
  const values: string[] = [];
  for (let i = at + 1; i < args.length && !args[i].startsWith("--"); i++) values.push(args[i]);
  if (values.length === 0) throw new InputError(`${flag} needs a value`);
  return values;
}

function tsvFiles(dir: string): string[] {
  if (!existsSync(dir) || !statSync(dir).isDirectory()) throw new InputError(`${dir}: not a directory`);
  return readdirSync(dir).filter((f) => f.endsWith(".tsv")).sort().map((f) => join(dir, f));
}

/** Splits CT24 paths (files or a directory) into train and dev; dev-test is refused. */
function ct24Files(paths: string[]): { train: string[]; dev: string[] } {
  const files = paths.flatMap((p) => (existsSync(p) && statSync(p).isDirectory() ? tsvFiles(p) : [p]));
  if (files.some((f) => /dev-test/i.test(basename(f)))) {
    const dirsOnly = paths.every((p) => existsSync(p) && statSync(p).isDirectory());
    if (!dirsOnly) throw new InputError("train: refusing to use a dev-test file (it is for evaluation only)");
  }
  const usable = files.filter((f) => !/dev-test/i.test(basename(f)));
  return { train: usable.filter((f) => !/_dev\b|dev\.tsv$/i.test(basename(f))), dev: usable.filter((f) => /dev\.tsv$/i.test(basename(f))) };
}

function run(args: string[]): string {
  const [command, ...rest] = args;
  const named = (path: string) => ({ name: basename(path), contents: readInput(path) });
  switch (command) {
    case "split":
    case "score": {
      if (rest.length !== 1) throw new InputError(`${command}: expected one FILE or -`);
      const input = readInput(rest[0]);
      return command === "split" ? splitCommand(input) : scoreCommand(input);
    }
    case "eval": {
      const ct24 = rest.includes("--ct24") ? flagValues(rest, "--ct24") : [];
      const clef = rest.includes("--clef2019") ? flagValues(rest, "--clef2019") : [];
      if (ct24.length === 1 && clef.length === 0) return evalCt24Command(readInput(ct24[0]));
      if (clef.length === 1 && ct24.length === 0) {
        const extra = rest.includes("--with-ct24") ? flagValues(rest, "--with-ct24").map(readInput) : [];
        return evalClefCommand(tsvFiles(clef[0]).map(named), extra);
      }
      throw new InputError("eval: expected --ct24 FILE or --clef2019 DIR");
    }
    case "train": {
      const { train, dev } = ct24Files(rest.includes("--ct24") ? flagValues(rest, "--ct24") : []);
      const desk = rest.includes("--tsv") ? flagValues(rest, "--tsv") : [];
      // Named, never defaulted: replacing the shipped model (tracked in git, and the one
      // every desk falls back to) must be a deliberate --out lib/claims/model/weights.json.
      if (!rest.includes("--out")) throw new InputError("train: name the file to write with --out FILE (the shipped model is lib/claims/model/weights.json)");
      const out = flagValues(rest, "--out")[0];
      const result = trainCommand({
        ct24Train: train.map(named), ct24Dev: dev.map(named), desk: desk.map(named),
        command: `npm run --silent claims -- train ${rest.join(" ")}`,
      });
      writeFileSync(out, JSON.stringify(result.file) + "\n");
      return result.summary + `wrote ${out}\n`;
    }
    default:
      throw new InputError(USAGE);
  }
}

/** Runs one CLI invocation and returns what to print and the exit code (0 or 2). */
export function runCli(args: string[]): CliResult {
  // Asked for, the usage is the answer: on stdout, exit 0.
  if (args.length === 1 && (args[0] === "--help" || args[0] === "-h" || args[0] === "help")) return { code: 0, stdout: `${USAGE}\n${HELP}`, stderr: "" };
  try {
    return { code: 0, stdout: run(args), stderr: "" };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { code: 2, stdout: "", stderr: `claims: ${message.split("\n")[0]}\n` };
  }
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const result = runCli(process.argv.slice(2));
  process.stdout.write(result.stdout);
  process.stderr.write(result.stderr);
  process.exitCode = result.code;
}
