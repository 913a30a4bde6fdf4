import type { InArgs, InValue, ResultSet, Row, Value } from "@libsql/client";
import { LibsqlError } from "@libsql/client";
import Database from "libsql";

type Connection = InstanceType<typeof Database>;
type Statement = ReturnType<Connection["prepare"]>;

/** A statement prepared once on a connection, with what every run needs to shape its answer. */
type Prepared = {
  statement: Statement;
  /** Column names, or null for a statement that returns no rows. */
  columns: string[] | null;
  columnTypes: string[];
  /** Each distinct column name with its position (the first of two same-named columns wins). */
  named: [string, number][];
  /** Makes this statement's rows (see `rowClass`). */
  Row: RowClass;
};

/** Statements kept per connection: the desk runs a few dozen distinct ones; this bounds the rest. */
const CACHE_SIZE = 256;

/**
 * The prepared statements of one connection, least recently used first.
 *
 * Preparing is the dear part of a small query: for the verdict write's main read,
 * SQLite's prepare and reading the column list took five times as long as running
 * it, and @libsql/client does both on every call. Drizzle sends the same SQL text
 * for the same query shape, so a connection keeps its statements and reruns them.
 */
export class StatementCache {
  readonly #connection: Connection;
  readonly #prepared = new Map<string, Prepared>();

  constructor(connection: Connection) {
    this.#connection = connection;
  }

  get size(): number {
    return this.#prepared.size;
  }

  /** Forgets every statement, after a schema change: a `SELECT *` may now have other columns. */
  clear(): void {
    this.#prepared.clear();
  }

  run(sql: string, args: InArgs | undefined): ResultSet {
    try {
      return execute(this.#get(sql), args);
    } catch (error) {
      throw asLibsqlError(error);
    }
  }

  #get(sql: string): Prepared {
    const hit = this.#prepared.get(sql);
    if (hit) {
      this.#prepared.delete(sql);
      this.#prepared.set(sql, hit);
      return hit;
    }
    const prepared = prepare(this.#connection, sql);
    this.#prepared.set(sql, prepared);
    if (this.#prepared.size > CACHE_SIZE) this.#prepared.delete(this.#prepared.keys().next().value as string);
    return prepared;
  }
}

function prepare(connection: Connection, sql: string): Prepared {
  const statement = connection.prepare(sql);
  // Integers come back as bigint so that one past 2^53 is refused (below), not rounded.
  statement.safeIntegers(true);
  let columns: string[] | null = null;
  let columnTypes: string[] = [];
  // libSQL answers raw(true) on a statement without result columns by throwing.
  try {
    statement.raw(true);
    const definitions = statement.columns();
    columns = definitions.map((c) => c.name);
    columnTypes = definitions.map((c) => c.type ?? "");
  } catch {
    columns = null;
  }
  const named: [string, number][] = [];
  const seen = new Set<string>();
  (columns ?? []).forEach((name, i) => {
    // A column named like a position ("select 1") is reached by that position, as in @libsql/client.
    const position = /^(0|[1-9]\d*)$/.test(name) && Number(name) < (columns?.length ?? 0);
    if (!seen.has(name) && !position) named.push([name, i]);
    seen.add(name);
  });
  return { statement, columns, columnTypes, named, Row: rowClass(columns?.length ?? 0) };
}

function execute(prepared: Prepared, args: InArgs | undefined): ResultSet {
  const bound = bind(args);
  const { statement, columns } = prepared;
  if (!columns) {
    const info = statement.run(bound);
    return new Result([], [], [], info.changes, BigInt(info.lastInsertRowid));
  }
  const rows: Row[] = [];
  for (const values of statement.iterate(bound) as Iterable<unknown[]>) rows.push(rowOf(prepared, values));
  return new Result(columns, prepared.columnTypes, rows, 0, undefined);
}

function rowOf(prepared: Prepared, values: unknown[]): Row {
  for (let i = 0; i < values.length; i++) values[i] = fromSql(values[i]);
  const row = new prepared.Row(values) as unknown as Record<string, unknown>;
  for (const [name, i] of prepared.named) row[name] = values[i];
  return row as unknown as Row;
}

type RowClass = new (values: unknown[]) => object;

/**
 * Rows as @libsql/client shapes them: each column by name (enumerable, so
 * spreading or JSON gives the named columns; the first of two same-named columns
 * wins) and by position and `length` (not enumerable). @libsql/client defines
 * the positions on every row, which cost more than running the query; here they
 * are getters on a class made once per statement, reading a private field.
 */
function rowClass(width: number): RowClass {
  class StatementRow {
    readonly #values: unknown[];
    constructor(values: unknown[]) {
      this.#values = values;
    }
    static at(row: StatementRow, i: number): unknown {
      return row.#values[i];
    }
  }
  Object.defineProperty(StatementRow.prototype, "length", { value: width, enumerable: false });
  for (let i = 0; i < width; i++) {
    Object.defineProperty(StatementRow.prototype, i, {
      get(this: StatementRow) {
        return StatementRow.at(this, i);
      },
      enumerable: false,
    });
  }
  return StatementRow;
}

/** A result as @libsql/client gives it, JSON included (integers as strings, blobs as base64). */
class Result implements ResultSet {
  constructor(
    public columns: string[],
    public columnTypes: string[],
    public rows: Row[],
    public rowsAffected: number,
    public lastInsertRowid: bigint | undefined,
  ) {}

  toJSON() {
    return {
      columns: this.columns,
      columnTypes: this.columnTypes,
      rows: this.rows.map((row) => Array.prototype.map.call(row, valueToJson)),
      rowsAffected: this.rowsAffected,
      lastInsertRowid: this.lastInsertRowid === undefined ? null : String(this.lastInsertRowid),
    };
  }
}

function valueToJson(value: unknown): unknown {
  if (typeof value === "bigint") return String(value);
  if (value instanceof ArrayBuffer) return Buffer.from(value).toString("base64");
  return value;
}

const MAX_SAFE = BigInt(Number.MAX_SAFE_INTEGER);
const MIN_SAFE = -MAX_SAFE;

function fromSql(value: unknown): Value {
  if (typeof value === "bigint") {
    if (value > MAX_SAFE || value < MIN_SAFE) throw new RangeError("Received integer which cannot be safely represented as a JavaScript number");
    return Number(value);
  }
  if (value instanceof Uint8Array) return value.buffer.slice(value.byteOffset, value.byteOffset + value.byteLength) as ArrayBuffer;
  return value as Value;
}

function bind(args: InArgs | undefined): unknown[] | Record<string, unknown> {
  if (args === undefined) return [];
  if (Array.isArray(args)) return args.map(toSql);
  const named: Record<string, unknown> = {};
  for (const name of Object.keys(args)) named[/^[@$:]/.test(name) ? name.slice(1) : name] = toSql(args[name]);
  return named;
}

const MAX_INT64 = 9223372036854775807n;
const MIN_INT64 = -9223372036854775808n;

function toSql(value: InValue): unknown {
  switch (typeof value) {
    case "number":
      if (!Number.isFinite(value)) throw new RangeError("Only finite numbers (not Infinity or NaN) can be passed as arguments");
      return value;
    case "bigint":
      if (value > MAX_INT64 || value < MIN_INT64) throw new RangeError("bigint is too large to be represented as a 64-bit integer and passed as argument");
      return value;
    case "boolean":
      return value ? 1 : 0;
    case "undefined":
      throw new TypeError("undefined cannot be passed as argument to the database");
    default:
      if (value instanceof ArrayBuffer) return Buffer.from(value);
      if (value instanceof Date) return value.valueOf();
      return value;
  }
}

const BASE_CODES = [
  "SQLITE_OK", "SQLITE_ERROR", "SQLITE_INTERNAL", "SQLITE_PERM", "SQLITE_ABORT", "SQLITE_BUSY", "SQLITE_LOCKED", "SQLITE_NOMEM",
  "SQLITE_READONLY", "SQLITE_INTERRUPT", "SQLITE_IOERR", "SQLITE_CORRUPT", "SQLITE_NOTFOUND", "SQLITE_FULL", "SQLITE_CANTOPEN",
  "SQLITE_PROTOCOL", "SQLITE_EMPTY", "SQLITE_SCHEMA", "SQLITE_TOOBIG", "SQLITE_CONSTRAINT", "SQLITE_MISMATCH", "SQLITE_MISUSE",
  "SQLITE_NOLFS", "SQLITE_AUTH", "SQLITE_FORMAT", "SQLITE_RANGE", "SQLITE_NOTADB", "SQLITE_NOTICE", "SQLITE_WARNING",
];

/** SQLite's errors as @libsql/client reports them (base code, extended code, raw code), so callers see one kind of error. */
export function asLibsqlError(error: unknown): unknown {
  if (!(error instanceof Database.SqliteError)) return error;
  const { code, rawCode } = error as unknown as { code: string; rawCode?: number };
  const base = rawCode === undefined ? "SQLITE_UNKNOWN" : (BASE_CODES[rawCode & 0xff] ?? `SQLITE_UNKNOWN_${rawCode & 0xff}`);
  return new LibsqlError(error.message, base, code, rawCode, error);
}
