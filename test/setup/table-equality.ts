/**
 * Vitest setup: `toEqual` compares document tables (shared/model/table.ts) by their entries.
 * A Table keeps its items in private fields, so without this any two tables would look equal.
 * Order is not compared: a table stands for the record it replaced, whose key order toEqual ignored,
 * and a document read back from a file (rows, or JSON written with sorted keys) lists its items in
 * the file's order. Tests about order read `ids()` or `entries()`.
 */
import { expect } from 'vitest';
import { Table } from '../../shared/model/table';

expect.addEqualityTesters([
  function tablesEqual(a: unknown, b: unknown, customTesters) {
    const aTable = a instanceof Table;
    const bTable = b instanceof Table;
    if (!aTable && !bTable) return undefined;
    if (aTable !== bTable) return false;
    const ta = a as Table<unknown>;
    const tb = b as Table<unknown>;
    if (ta.size !== tb.size) return false;
    for (const [id, item] of ta.entries()) if (!tb.has(id) || !this.equals(item, tb.get(id), customTesters)) return false;
    return true;
  },
]);
