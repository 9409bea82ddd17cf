/**
 * The check of a copy beside the open project (File › Merge from…) must refuse exactly what
 * documentSchema refuses, whatever arrives: as a file's data, or with its tables in their wire form as
 * the desktop's window gets a picked copy (../ipc/page-api.ts), damaged or hostile. Random pile-ups of
 * hostile changes on a valid document: both accept or both refuse, and where both accept, the same data.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { parseDocumentReusingSteps } from './parse-reusing';
import { documentSchema, type LakarDocument } from './schema';
import { Table } from './table';
import { toDocumentData, toWire } from './wire';

const valid = pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');
type Loose = Record<string, unknown> & { elements: unknown; relations: unknown; views: Record<string, unknown> };
type Wire = { lakarTable: 1; json?: string; items?: unknown[]; keys?: unknown };

/** The items of a table given as data or as a wire form, to change (a wire form is rebuilt after). */
function itemsOf(table: unknown): { id?: unknown }[] {
  const w = table as Wire;
  let items: unknown = [];
  try {
    items = w && w.lakarTable === 1 ? (typeof w.json === 'string' ? JSON.parse(w.json) : w.items) : Object.values(table as object);
  } catch {
    // a wire form damaged by an earlier change: no items
  }
  return Array.isArray(items) ? items.filter((e): e is { id?: unknown } => typeof e === 'object' && e !== null) : [];
}
const wireOf = (items: unknown[], keys?: unknown): Wire => (keys === undefined ? { lakarTable: 1, json: JSON.stringify(items) } : { lakarTable: 1, json: JSON.stringify(items), keys });
/** An own member, also `__proto__` (as JSON.parse makes it), never the prototype. */
const own = (o: object, key: string, value: unknown) => Object.defineProperty(o, key, { value, enumerable: true, writable: true, configurable: true });
/** The first view's record, or a stand-in when the views are no longer a record of views (an earlier change). */
function firstView(d: Loose): Record<string, unknown> & { nodes: Record<string, unknown> } {
  const view = (d.views as Wire).lakarTable === 1 || d.views instanceof Table ? undefined : (d.views[Object.keys(d.views)[0]] as { nodes?: unknown } | undefined);
  if (!view || typeof view.nodes !== 'object' || view.nodes === null || Array.isArray(view.nodes)) return { nodes: {} };
  return view as never;
}
const table = (d: Loose, which: 'elements' | 'relations') => d[which] as Record<string, unknown>;

const HOSTILE: Record<string, (d: Loose, n: number) => void> = {
  viewsAsWire: (d, n) => void (d.views = (n % 2 ? wireOf([]) : wireOf(Object.values(d.views))) as never),
  viewsAsTable: (d) => void (d.views = Table.fromRecord(d.views) as never),
  protoKey: (d, n) => {
    const where = [table(d, 'elements'), table(d, 'relations'), d.views, firstView(d).nodes][n % 4];
    if ((where as Wire).lakarTable !== 1) own(where, '__proto__', n % 3 ? { polluted: true } : itemsOf(d.elements)[0]);
  },
  reservedKey: (d, n) => {
    const where = [table(d, 'elements'), d.views, firstView(d).nodes][n % 3];
    if ((where as Wire).lakarTable !== 1) own(where, ['constructor', 'toString', 'hasOwnProperty', ''][n % 4], itemsOf(d.elements)[0]);
  },
  duplicateId: (d, n) => {
    const items = itemsOf(d.elements);
    d.elements = wireOf(items.length > 0 ? [...items, { ...items[n % items.length] }] : items);
  },
  nonStringId: (d, n) => {
    const items = itemsOf(d.relations);
    if (items.length > 0) items[n % items.length] = { ...items[n % items.length], id: [7, null, { toString: null }, ['a'], true][n % 5] };
    d.relations = wireOf(items);
  },
  wireKeys: (d, n) => {
    const items = itemsOf(d.elements);
    const ids = items.map((e) => e.id);
    d.elements = wireOf(items, [ids.slice(1), 'abc', [...ids.slice(1), '__proto__'], [...ids.slice(1), 42], ids.map((id) => `${String(id)}_k`), [...ids.slice(1), ids[0]]][n % 6]);
  },
  relationsAsElements: (d, n) => void (n % 2 ? (d.elements = d.relations) : ([d.elements, d.relations] = [d.relations, d.elements])),
  hugeString: (d, n) => {
    const items = itemsOf(d.elements);
    items[0] = { ...items[0], ...(n % 2 ? { name: 'x'.repeat(301) } : { description: 'y'.repeat(20_001) }) };
    d.elements = wireOf(items);
  },
  idNotKey: (d) => {
    const items = itemsOf(d.elements);
    if (items.length > 1) d.elements = { ...Object.fromEntries(items.map((e) => [e.id, e])), [String(items[0].id)]: { ...items[1] } };
  },
  badJson: (d, n) => void (d.relations = { lakarTable: 1, json: ['{', 'null', '{"a":1}', '[1,2]'][n % 4] }),
  extraWireMember: (d, n) => void (d.elements = { ...wireOf(itemsOf(d.elements)), ...(n % 2 ? { items: [] } : { extra: 1 }) }),
  recordLookingLikeWire: (d) => void (d.elements = { ...Object.fromEntries(itemsOf(d.elements).map((e) => [e.id, e])), lakarTable: 1, json: '[]' }),
  nodesAsWire: (d, n) => void (firstView(d).nodes = (n % 2 ? wireOf([]) : { lakarTable: 1, items: [] }) as never),
  nodesAsArray: (d) => void (firstView(d).nodes = [] as never),
  boxChanged: (d, n) => {
    const nodes = firstView(d).nodes;
    const ids = Object.keys(nodes);
    if (ids.length > 0) nodes[ids[n % ids.length]] = [{ x: 'kiri', y: 0 }, { x: 1, y: 2, extra: 1 }, null, { x: 3, y: 4 }][n % 4];
  },
};

/** The copy as data (a file's) or as the desktop's window gets it (tables in wire form). */
const given = (asWire: boolean): Loose => structuredClone(asWire ? toWire(valid) : toDocumentData(valid)) as unknown as Loose;

function parseInSteps(value: unknown): ReturnType<typeof documentSchema.safeParse> {
  const steps = parseDocumentReusingSteps(value, valid, undefined, { done: 0, total: 0, every: 1 });
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

const seen = (d: LakarDocument) => ({ data: toDocumentData(d), order: [d.elements.ids(), d.relations.ids(), Object.keys(d.views)] });

describe('the sliced check of a picked copy, against hostile copies', () => {
  it('refuses exactly what documentSchema refuses, and otherwise gives its data', () => {
    const names = Object.keys(HOSTILE);
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.tuple(fc.constantFrom(...names), fc.nat(50)), { minLength: 1, maxLength: 3 }), (asWire, changes) => {
        const copy = given(asWire);
        for (const [name, n] of changes) HOSTILE[name](copy, n);
        const full = documentSchema.safeParse(copy);
        const reused = parseInSteps(copy);
        expect(reused.success).toBe(full.success);
        if (full.success) expect(seen(reused.data as LakarDocument)).toEqual(seen(full.data as LakarDocument));
        else expect(reused.error!.issues).toEqual(full.error!.issues);
        // nothing leaked onto Object.prototype
        expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      }),
      { seed: 20261208, numRuns: 300 },
    );
  });
});
