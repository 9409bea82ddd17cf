/**
 * The least of an SQLite connection that the `.lakar` format code needs, so that the same row
 * mapping, migrations, checks and incremental save run on better-sqlite3 (desktop, CLI) and on the
 * official WebAssembly build of SQLite (browser editions). The shape is better-sqlite3's own, so a
 * better-sqlite3 `Database` is an `SqlDatabase` as it is; `renderer/lakar-file/wasm-driver.ts`
 * implements it over `@sqlite.org/sqlite-wasm`.
 */

/** A value bound to or read from SQL. */
export type SqlValue = string | number | bigint | null | Uint8Array;

/**
 * Parameters of a statement: `SqlValue`s. Typed `any` only so that better-sqlite3's statements,
 * whose parameter types are generic, fit this interface as they are.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Params = any[];

/** A prepared statement. */
export interface SqlStatement {
  run(...params: Params): unknown;
  /** First row (an object by column name, or its first column after `pluck()`), undefined when none. */
  get(...params: Params): unknown;
  all(...params: Params): unknown[];
  iterate(...params: Params): Iterable<unknown>;
  /** Make rows come back as their first column only. */
  pluck(): SqlStatement;
}

/** An open SQLite connection. */
export interface SqlDatabase {
  exec(sql: string): unknown;
  prepare(sql: string): SqlStatement;
  /** Wrap `fn` so each call runs in one transaction (rolled back when it throws). */
  transaction<T>(fn: () => T): () => T;
  /** Run `PRAGMA <sql>`; with `simple`, the first column of the first row. */
  pragma(sql: string, options?: { simple?: boolean }): unknown;
}

/** Opens in-memory connections (the schema check builds the expected schema in one). */
export type OpenMemoryDatabase = () => SqlDatabase & { close(): unknown };
