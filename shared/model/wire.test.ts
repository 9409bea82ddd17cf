import { describe, expect, it } from 'vitest';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { documentSchema } from './schema';
import { Table } from './table';
import { applyDocumentPatches } from './table-edit';
import { fromWire, isTableWire, toDocumentData, toWire, type TableWire } from './wire';

const example = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');

/** What a message to the window or a worker goes through: tables made data, cloned, made tables again. */
const acrossBoundary = <V>(value: V): V => fromWire(structuredClone(toWire(value)));

/** A document's wire form as it arrives, its elements' items edited by `edit` (a damaged message). */
function withElements(doc: ReturnType<typeof example>, edit: (items: unknown[], wire: TableWire) => void): unknown {
  const sent = structuredClone(toWire(doc)) as unknown as { elements: TableWire };
  const items = JSON.parse(sent.elements.json!) as unknown[];
  edit(items, sent.elements);
  sent.elements.json = JSON.stringify(items);
  return sent;
}

describe('documents across IPC and worker boundaries (shared/model/wire.ts)', () => {
  it('arrive with every element and relation, in order, as tables', () => {
    const doc = example();
    const arrived = acrossBoundary({ reply: { doc } }).reply.doc;
    expect(arrived.elements).toBeInstanceOf(Table);
    expect(arrived.elements.entries()).toEqual(doc.elements.entries());
    expect(arrived.relations.entries()).toEqual(doc.relations.entries());
    expect(arrived.views).toEqual(doc.views);
  });

  it('travel as the JSON text of their items (one string to clone), not records of 100,000 keys', () => {
    const doc = example();
    const sent = structuredClone(toWire({ doc })).doc as unknown as { elements: TableWire };
    expect(isTableWire(sent.elements)).toBe(true);
    expect(JSON.parse(sent.elements.json!)).toEqual(doc.elements.values());
  });

  it('still read tables whose items travel as an array (journal entries a browser stored with an earlier version)', () => {
    const doc = example();
    const stored = { lakarTable: 1, items: doc.elements.values() };
    const arrived = fromWire(structuredClone({ t: stored })).t as unknown as typeof doc.elements;
    expect(arrived).toBeInstanceOf(Table);
    expect(arrived.entries()).toEqual(doc.elements.entries());
  });

  it('give the window the document as its file gives it, an item’s members in the same order', () => {
    const doc = example();
    const arrived = acrossBoundary(doc);
    expect(JSON.stringify(toDocumentData(arrived))).toBe(JSON.stringify(toDocumentData(doc)));
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
    const refused = (edit: (items: unknown[], wire: TableWire) => void) => documentSchema.safeParse(withElements(doc, edit)).success === false;
    expect(refused((items) => (items[0] = { ...(items[0] as object), kind: 'bukanJenis' }))).toBe(true);
    expect(refused((items) => (items[0] = null))).toBe(true);
    expect(refused((_, wire) => (wire.keys = ['a']))).toBe(true);
    // two items with one id: a record could not hold them, so one would vanish; refused instead
    expect(refused((items) => items.push(items[0]))).toBe(true);
    // a `__proto__` key, which a record schema would skip without a word
    expect(refused((items, wire) => (wire.keys = items.map((item, i) => (i === 0 ? '__proto__' : (item as { id: string }).id))))).toBe(true);
    // text that is not JSON, or not a list
    const cut = structuredClone(toWire(doc)) as unknown as { elements: TableWire };
    cut.elements.json = cut.elements.json!.slice(0, 100);
    expect(documentSchema.safeParse(cut).success).toBe(false);
    expect(() => fromWire(cut)).toThrow(TypeError);
    cut.elements.json = '{}';
    expect(documentSchema.safeParse(cut).success).toBe(false);
  });

  it('replace a whole table in a patch read back from a journal stored as data', () => {
    const doc = example();
    const smaller = doc.elements.delete(doc.elements.ids()[0]);
    const [patch] = structuredClone(toWire([{ op: 'replace' as const, path: ['elements'], value: smaller }]));
    const next = applyDocumentPatches(doc, [patch]);
    expect(next.elements.entries()).toEqual(smaller.entries());
  });
});
