import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { awkwardIdsDocument, everythingDocument } from '../../test/fixtures/interchange/documents';
import { makeLargeDocument } from '../../test/helpers/factories';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { messageDocumentSchema, parseDocumentQuickly } from './quick-document';
import { documentSchema, type LakarDocument } from './schema';
import { Table } from './table';
import { toDocumentData, toWire, type TableWire } from './wire';

/** Both parses of `value`: the same outcome, the same data with keys and table ids in the same order, or the same issues. */
function expectSameAsSchema(value: unknown): boolean {
  const quick = parseDocumentQuickly(value);
  const zod = documentSchema.safeParse(value);
  expect(quick.success).toBe(zod.success);
  if (quick.success && zod.success) {
    expect(JSON.stringify(quick.data)).toBe(JSON.stringify(zod.data));
    expect(quick.data.elements.ids()).toEqual(zod.data.elements.ids());
    expect(quick.data.relations.ids()).toEqual(zod.data.relations.ids());
    expect(quick.data).toEqual(zod.data);
  } else {
    expect(quick.error?.issues).toEqual(zod.error?.issues);
  }
  return zod.success;
}

/** A document as JSON data, edited anywhere by the cases below. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the edits reach into any member of plain JSON data
type Data = Record<string, any>;

/** `doc` as plain data (tables as records), rebuilt with `edit` applied to it, its tables as Tables again. */
function edited(doc: LakarDocument, edit: (data: Data) => void): unknown {
  const data = JSON.parse(JSON.stringify(toDocumentData(doc))) as Data;
  edit(data);
  const table = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? Table.fromRecord(v as Record<string, unknown>) : v);
  return { ...data, elements: table(data.elements), relations: table(data.relations) };
}

const TRICKY: unknown[] = [undefined, null, 0, -1, 1.5, NaN, Infinity, true, '', ' ', ' padded ', 'x'.repeat(201), 'x'.repeat(301), '😀'.repeat(150), '__proto__', 'constructor', [], ['a'], {}, { name: 'x' }];

describe('parseDocumentQuickly', () => {
  it('gives what documentSchema gives for valid documents, tables or records, awkward ids included', () => {
    for (const doc of [everythingDocument(), awkwardIdsDocument(), makeVariedDocument(300, 7), makeLargeDocument(2000)]) {
      expect(expectSameAsSchema(doc)).toBe(true);
      expect(expectSameAsSchema(toDocumentData(doc))).toBe(true);
    }
  });

  it('gives what documentSchema gives for a document in its wire form (a message from the page), and refuses a damaged one as it does', () => {
    for (const doc of [everythingDocument(), awkwardIdsDocument(), makeVariedDocument(300, 7)]) {
      expect(expectSameAsSchema(structuredClone(toWire(doc)))).toBe(true);
    }
    // damaged in the array form of the items (still read: journal entries stored by an earlier version), and in the JSON text sent now
    const sent = structuredClone(toWire(everythingDocument())) as unknown as { elements: TableWire<{ id: string }>; relations: TableWire };
    const asArray = <T>(t: TableWire<T>): TableWire<T> & { items: T[] } => ({ lakarTable: 1, items: JSON.parse(t.json!) as T[] });
    const wire = { ...sent, elements: asArray(sent.elements), relations: asArray(sent.relations) };
    const damaged: ((w: typeof wire) => void)[] = [
      (w) => (w.elements.items[1].id = w.elements.items[0].id), // two items, one id
      (w) => (w.elements.keys = w.elements.items.map((e) => e.id).slice(1)), // a key short
      (w) => (w.elements.keys = w.elements.items.map((e, i) => (i === 0 ? '__proto__' : e.id))), // a record schema would skip it
      (w) => (w.relations.items = [null]),
      (w) => Object.assign(w, { relations: { lakarTable: 1, json: '[{"id":' } }), // text cut short
      (w) => Object.assign(w, { relations: { lakarTable: 1, json: '{}' } }), // not a list
    ];
    for (const [i, damage] of damaged.entries()) {
      const value = structuredClone(wire);
      damage(value);
      expect(expectSameAsSchema(value), `case ${i}`).toBe(false);
    }
  });

  it('is the check of a document arriving as a message: the same document, or a refusal (messageDocumentSchema)', () => {
    const doc = makeVariedDocument(300, 7);
    const arrived = messageDocumentSchema.safeParse(structuredClone(toWire(doc)));
    expect(arrived.success && JSON.stringify(arrived.data)).toBe(JSON.stringify(documentSchema.parse(doc)));
    expect(arrived.success && arrived.data.elements.ids()).toEqual(doc.elements.ids());
    const damaged = structuredClone(toWire(doc)) as unknown as { elements: TableWire<{ name: string }> };
    const items = JSON.parse(damaged.elements.json!) as { name: string }[];
    items[3].name = '';
    damaged.elements.json = JSON.stringify(items);
    const refused = messageDocumentSchema.safeParse(damaged);
    expect(refused.success).toBe(false);
    expect(refused.error?.issues[0].path).toEqual(documentSchema.safeParse(damaged).error?.issues[0].path);
  });

  it('gives documentSchema’s data where zod copies an item: a name it trims, members in another order, unknown members', () => {
    const doc = everythingDocument();
    const [first, second] = doc.elements.ids();
    const value = edited(doc, (d) => {
      d.elements[first].name = `  ${d.elements[first].name}  `;
      d.elements[first].unknown = 1;
      d.elements[second] = Object.fromEntries(Object.entries(d.elements[second]).reverse());
    });
    expect(expectSameAsSchema(value)).toBe(true);
  });

  it('refuses what documentSchema refuses, with its issues: reserved, empty or long ids as keys, bad items, bad layouts, wrong version', () => {
    const doc = everythingDocument();
    const [el] = doc.elements.ids();
    const [rel] = doc.relations.ids();
    const [viewId] = Object.keys(doc.views);
    const cases: ((d: Data) => void)[] = [
      (d) => (d.elements.toString = d.elements[el]),
      (d) => (d.elements.constructor = d.elements[el]),
      (d) => (d.elements[''] = d.elements[el]),
      (d) => (d.elements['x'.repeat(201)] = d.elements[el]),
      (d) => (d.elements[el].kind = 'nothing'),
      (d) => (d.elements[el].name = ''),
      (d) => (d.relations[rel].kind = 'nothing'),
      (d) => (d.relations[rel].access = 'eat'),
      (d) => (d.relations[rel].source = '__proto__'),
      (d) => (d.views[viewId].nodes[el] = { x: 'a', y: 0 }),
      (d) => (d.views[viewId].nodes.constructor = { x: 0, y: 0 }),
      (d) => (d.views.toString = d.views[viewId]),
      (d) => (d.meta.title = 'x'.repeat(301)),
      (d) => (d.schemaVersion = 1),
      (d) => (d.elements = []),
      (d) => (d.views = null),
    ];
    for (const [i, edit] of cases.entries()) expect(expectSameAsSchema(edited(doc, edit)), `case ${i}`).toBe(false);
  });

  it('takes a table holding `__proto__` as documentSchema does', () => {
    const doc = everythingDocument();
    const item = doc.elements.values()[0];
    expectSameAsSchema({ ...doc, elements: doc.elements.set('__proto__', { ...item, id: '__proto__' }) });
  });

  it('agrees with documentSchema whatever one member of one item, node or the project is set to', () => {
    const doc = makeVariedDocument(60, 3);
    const data = toDocumentData(doc) as unknown as Record<string, Record<string, Record<string, unknown>>>;
    const targets = [...Object.keys(data.elements).map((id) => ['elements', id]), ...Object.keys(data.relations).map((id) => ['relations', id]), ['meta']];
    const seen = { valid: 0, refused: 0 };
    fc.assert(
      fc.property(fc.nat(targets.length - 1), fc.nat(30), fc.constantFrom(...TRICKY), fc.boolean(), (t, k, replacement, remove) => {
        const value = edited(doc, (d) => {
          const [collection, id] = targets[t];
          const target = id === undefined ? d[collection] : d[collection][id];
          const keys = Object.keys(target);
          const key = keys[k % keys.length];
          if (remove) delete target[key];
          else target[key] = replacement;
        });
        if (expectSameAsSchema(value)) seen.valid++;
        else seen.refused++;
      }),
      { numRuns: 300, seed: 18 },
    );
    expect(seen.valid).toBeGreaterThan(20);
    expect(seen.refused).toBeGreaterThan(20);
  });
});
