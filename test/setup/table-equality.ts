/**
 * Vitest setup: `toEqual` compares document tables (shared/model/table.ts) by their entries in order.
 * A Table keeps its items in private fields, so without this any two tables would look equal.
 */
import { expect } from 'vitest';
import { Table } from '../../shared/model/table';

expect.addEqualityTesters([
  function tablesEqual(a: unknown, b: unknown, customTesters) {
    const aTable = a instanceof Table;
    const bTable = b instanceof Table;
    if (!aTable && !bTable) return undefined;
    if (aTable !== bTable) return false;
    const ea = (a as Table<unknown>).entries();
    const eb = (b as Table<unknown>).entries();
    return ea.length === eb.length && this.equals(ea, eb, customTesters);
  },
]);
