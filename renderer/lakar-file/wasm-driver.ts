/**
 * `SqlDatabase` (shared/lakar-file/driver.ts) over the official WebAssembly build of SQLite
 * (`@sqlite.org/sqlite-wasm`, its object-oriented API), so the browser editions run the desktop's
 * own row mapping, migrations, checks and incremental save. Databases live in the wasm heap only:
 * a picked `.lakar` file is deserialized into memory, and what is written back is the serialized
 * image (see project-image.ts).
 */
import type { Database, PreparedStatement, Sqlite3Static } from '@sqlite.org/sqlite-wasm';
import type { SqlDatabase, SqlStatement } from '../../shared/lakar-file/driver';

type Row = Record<string, unknown>;

/** Give an error from SQLite a `code` such as `SQLITE_CORRUPT`, as better-sqlite3 does. */
function withCode(sqlite3: Sqlite3Static, e: unknown): unknown {
  const rc = (e as { resultCode?: unknown } | null)?.resultCode;
  if (typeof rc === 'number' && e && typeof e === 'object' && !('code' in e)) {
    try {
      Object.assign(e, { code: sqlite3.capi.sqlite3_js_rc_str(rc) ?? sqlite3.capi.sqlite3_js_rc_str(rc & 0xff) });
    } catch {
      // a frozen error keeps its message; the mapping then reads no code
    }
  }
  return e;
}

class WasmStatement implements SqlStatement {
  private plucked = false;

  constructor(
    private readonly sqlite3: Sqlite3Static,
    private readonly stmt: PreparedStatement,
  ) {}

  pluck(): SqlStatement {
    this.plucked = true;
    return this;
  }

  private start(params: unknown[]): void {
    this.stmt.reset(true);
    if (params.length > 0) this.stmt.bind(params as never);
  }

  private row(): unknown {
    return this.plucked ? this.stmt.get(0) : this.stmt.get({});
  }

  private guard<T>(fn: () => T): T {
    try {
      return fn();
    } catch (e) {
      this.stmt.reset(true);
      throw withCode(this.sqlite3, e);
    }
  }

  run(...params: unknown[]): unknown {
    return this.guard(() => {
      this.start(params);
      while (this.stmt.step()) {
        // a statement run for its effect may still return rows (RETURNING, pragmas)
      }
      this.stmt.reset(true);
      return undefined;
    });
  }

  get(...params: unknown[]): unknown {
    return this.guard(() => {
      this.start(params);
      const out = this.stmt.step() ? this.row() : undefined;
      this.stmt.reset(true);
      return out;
    });
  }

  all(...params: unknown[]): unknown[] {
    return this.guard(() => {
      this.start(params);
      const out: unknown[] = [];
      while (this.stmt.step()) out.push(this.row());
      this.stmt.reset(true);
      return out;
    });
  }

  *iterate(...params: unknown[]): Iterable<unknown> {
    this.guard(() => this.start(params));
    try {
      while (this.guard(() => this.stmt.step())) yield this.row();
    } finally {
      this.stmt.reset(true);
    }
  }
}

/** One in-memory SQLite database of the wasm build, seen through `SqlDatabase`. */
export class WasmDatabase implements SqlDatabase {
  private depth = 0;

  constructor(
    readonly sqlite3: Sqlite3Static,
    readonly db: Database,
  ) {}

  /** A new empty in-memory database. */
  static memory(sqlite3: Sqlite3Static): WasmDatabase {
    return new WasmDatabase(sqlite3, new sqlite3.oo1.DB(':memory:', 'c'));
  }

  /**
   * An in-memory database holding a copy of `bytes` (a whole `.lakar` file); the file itself is
   * never touched. The copy may grow as it is edited.
   */
  static fromBytes(sqlite3: Sqlite3Static, bytes: Uint8Array): WasmDatabase {
    const db = new sqlite3.oo1.DB(':memory:', 'c');
    const { capi, wasm } = sqlite3;
    // sqlite3_malloc'd, as FREEONCLOSE and RESIZEABLE require: SQLite owns the copy from here on
    const p = wasm.allocFromTypedArray(bytes);
    const rc = capi.sqlite3_deserialize(db, 'main', p, bytes.length, bytes.length, capi.SQLITE_DESERIALIZE_FREEONCLOSE | capi.SQLITE_DESERIALIZE_RESIZEABLE);
    if (rc !== 0) {
      db.close();
      throw Object.assign(new Error(capi.sqlite3_js_rc_str(rc) ?? `sqlite3_deserialize ${rc}`), { code: capi.sqlite3_js_rc_str(rc) ?? '' });
    }
    return new WasmDatabase(sqlite3, db);
  }

  exec(sql: string): unknown {
    try {
      this.db.exec(sql);
    } catch (e) {
      throw withCode(this.sqlite3, e);
    }
    return this;
  }

  prepare(sql: string): SqlStatement {
    try {
      return new WasmStatement(this.sqlite3, this.db.prepare(sql));
    } catch (e) {
      throw withCode(this.sqlite3, e);
    }
  }

  /** As better-sqlite3's: one transaction, or a savepoint when already inside one. */
  transaction<T>(fn: () => T): () => T {
    return () => {
      const nested = this.depth > 0;
      const name = `lakar_sp${this.depth}`;
      this.exec(nested ? `SAVEPOINT ${name}` : 'BEGIN');
      this.depth += 1;
      try {
        const out = fn();
        this.depth -= 1;
        this.exec(nested ? `RELEASE ${name}` : 'COMMIT');
        return out;
      } catch (e) {
        this.depth -= 1;
        this.db.exec(nested ? `ROLLBACK TO ${name}; RELEASE ${name}` : 'ROLLBACK');
        throw e;
      }
    };
  }

  pragma(sql: string, options: { simple?: boolean } = {}): unknown {
    try {
      // these helpers finalize their statement at once
      return options.simple ? this.db.selectValue(`PRAGMA ${sql}`) : (this.db.selectObjects(`PRAGMA ${sql}`) as Row[]);
    } catch (e) {
      throw withCode(this.sqlite3, e);
    }
  }

  /** The whole database as the bytes of a `.lakar` file. */
  export(): Uint8Array {
    return this.sqlite3.capi.sqlite3_js_db_export(this.db);
  }

  close(): void {
    this.db.close();
  }
}
