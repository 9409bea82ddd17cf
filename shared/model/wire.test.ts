import { describe, expect, it } from 'vitest';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { documentSchema } from './schema';
import { Table } from './table';
import { applyDocumentPatches } from './table-edit';
import { fromWire, isTableWire, toDocumentData, toWire } from './wire';

const example = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');

/** What a message to the window or a worker goes through: tables made data, cloned, made tables again. */
const acrossBoundary = <V>(value: V): V => fromWire(structuredClone(toWire(value)));

describe('documents across IPC and worker boundaries (shared/model/wire.ts)', () => {
  it('arrive with every element and relation, in order, as tables', () => {
    const doc = example();
    const arrived = acrossBoundary({ reply: { doc } }).reply.doc;
    expect(arrived.elements).toBeInstanceOf(Table);
    expect(arrived.elements.entries()).toEqual(doc.elements.entries());
    expect(arrived.relations.entries()).toEqual(doc.relations.entries());
    expect(arrived.views).toEqual(doc.views);
  });

  it('travel as arrays of items, not records of 100,000 keys', () => {
    const sent = structuredClone(toWire({ doc: example() })).doc as unknown as { elements: unknown };
    expect(isTableWire(sent.elements)).toBe(true);
    expect(Array.isArray((sent.elements as { items: unknown }).items)).toBe(true);
  });

  it('keep a table whose keys are not its items’ ids (numbers, ids that are array indices, __proto__)', () => {
    const t = Table.fromEntries<number>([['x', 1], ['10', 2], ['__proto__', 3], ['2', 4]]);
    const arrived = acrossBoundary({ t }).t;
    expect(arrived.entries()).toEqual(t.entries());
    expect(arrived.get('__proto__')).toBe(3);
  });

  it('still read a document whose tables are records (stored by an earlier version, e.g. a browser draft)', () => {
    const doc = example();
    const arrived = fromWire(structuredClone({ doc: toDocumentData(doc) })).doc as unknown as typeof doc;
    expect(arrived.elements).toBeInstanceOf(Table);
    expect(arrived.elements.entries()).toEqual(doc.elements.entries());
  });

  it('are validated item by item when they come from the window, and a malformed table is refused, never thrown', () => {
    const doc = example();
    const parsed = documentSchema.safeParse(structuredClone(toWire(doc)));
    expect(parsed.success && parsed.data.elements.entries()).toEqual(doc.elements.entries());
    const wire = structuredClone(toWire(doc)) as unknown as { elements: { items: unknown[]; keys?: unknown } };
    wire.elements.items[0] = { ...(wire.elements.items[0] as object), kind: 'bukanJenis' };
    expect(documentSchema.safeParse(wire).success).toBe(false);
    wire.elements.items[0] = null;
    expect(documentSchema.safeParse(wire).success).toBe(false);
    const misKeyed = structuredClone(toWire(doc)) as unknown as { elements: { items: unknown[]; keys?: unknown } };
    misKeyed.elements.keys = ['a'];
    expect(documentSchema.safeParse(misKeyed).success).toBe(false);
    // two items with one id: a record could not hold them, so one would vanish; refused instead
    const twice = structuredClone(toWire(doc)) as unknown as { elements: { items: unknown[]; keys?: unknown } };
    twice.elements.items.push(twice.elements.items[0]);
    expect(documentSchema.safeParse(twice).success).toBe(false);
    // a `__proto__` key, which a record schema would skip without a word
    const proto = structuredClone(toWire(doc)) as unknown as { elements: { items: unknown[]; keys?: unknown } };
    proto.elements.keys = proto.elements.items.map((_, i) => (i === 0 ? '__proto__' : (proto.elements.items[i] as { id: string }).id));
    expect(documentSchema.safeParse(proto).success).toBe(false);
  });

  it('replace a whole table in a patch read back from a journal stored as data', () => {
    const doc = example();
    const smaller = doc.elements.delete(doc.elements.ids()[0]);
    const [patch] = structuredClone(toWire([{ op: 'replace' as const, path: ['elements'], value: smaller }]));
    const next = applyDocumentPatches(doc, [patch]);
    expect(next.elements.entries()).toEqual(smaller.entries());
  });
});
