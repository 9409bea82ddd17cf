import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import { ownWords } from './own-words';
import { fromDocumentData } from './wire';

// ARCHITECTURE.md, the core, tables (`fromWire`/`fromDocumentData`): the words of a document read are made the
// vocabulary's own strings (own-words.ts), which must change nothing anyone can see of any item, whatever it is

const FIELDS = ['kind', 'method', 'direction', 'category', 'classification'] as const;
const WORDS = ['dataFlow', 'dataEntity', 'application', 'usesPlatform', 'externalSystem', 'api', 'sftp', 'webService', 'both', 'supplies', 'oneOff', 'berkala', 'rahsia', 'rahsiaBesar', 'utamaKerajaan', 'generik'];
/** A word as a document read holds it: a string of its own, not the code's literal. */
const copy = (w: string) => JSON.parse(JSON.stringify(w)) as string;
const value = fc.oneof(fc.constantFrom(...WORDS).map(copy), fc.string({ maxLength: 6 }), fc.integer(), fc.constant(null), fc.constant(undefined));

/** How an item may be held: as read, or made read-only in part or whole by an editor or a test. */
const HOLDS = ['plain', 'frozen', 'sealed', 'notExtensible', 'fieldReadOnly', 'nullPrototype'] as const;
type Hold = (typeof HOLDS)[number];

const item = fc.record({
  fields: fc.dictionary(fc.constantFrom(...FIELDS, 'id', 'name', '__proto__'), value, { maxKeys: 7 }),
  kind: fc.constantFrom('dataFlow', 'dataEntity', 'application', 'site', 'bukanJenis'),
  hold: fc.constantFrom(...HOLDS),
  readOnly: fc.constantFrom(...FIELDS),
});

function made({ fields, kind, hold, readOnly }: { fields: Record<string, unknown>; kind: string; hold: Hold; readOnly: string }): object {
  const o: Record<string, unknown> = hold === 'nullPrototype' ? Object.create(null) : {};
  o.kind = copy(kind);
  for (const [k, v] of Object.entries(fields)) Object.defineProperty(o, k, { value: v, writable: true, enumerable: true, configurable: true });
  if (hold === 'frozen') Object.freeze(o);
  if (hold === 'sealed') Object.seal(o);
  if (hold === 'notExtensible') Object.preventExtensions(o);
  if (hold === 'fieldReadOnly' && Object.hasOwn(o, readOnly)) Object.defineProperty(o, readOnly, { writable: false });
  return o;
}

/** All anyone can see of an item: its prototype, its own members (in order, with their descriptors) and whether it can change. */
const seen = (o: object) => ({
  proto: Object.getPrototypeOf(o) as unknown,
  members: Reflect.ownKeys(o).map((k) => [k, Object.getOwnPropertyDescriptor(o, k)]),
  frozen: Object.isFrozen(o),
  sealed: Object.isSealed(o),
  extensible: Object.isExtensible(o),
});

const polluted: string[] = [];
afterEach(() => {
  for (const field of polluted.splice(0)) delete (Object.prototype as Record<string, unknown>)[field];
});

describe('ownWords (own-words.ts) on items of every sort', () => {
  it('leaves every item as it was, frozen or not, in any order, Object.prototype polluted or not', () => {
    fc.assert(
      fc.property(fc.array(item, { maxLength: 12 }), fc.option(fc.record({ field: fc.constantFrom(...FIELDS), word: fc.constantFrom(...WORDS) }), { nil: undefined }), (specs, pollution) => {
        try {
          if (pollution) {
            (Object.prototype as Record<string, unknown>)[pollution.field] = pollution.word;
            polluted.push(pollution.field);
          }
          const items = specs.map(made);
          const before = items.map(seen);
          ownWords(items);
          expect(items.map(seen)).toEqual(before);
        } finally {
          for (const field of polluted.splice(0)) delete (Object.prototype as Record<string, unknown>)[field];
        }
      }),
      { numRuns: 500 },
    );
  });

  it('a word Object.prototype holds is not written into the items of a document read that lack it (saved, it would stay)', () => {
    (Object.prototype as Record<string, unknown>).method = 'api';
    polluted.push('method');
    const read = fromDocumentData(JSON.parse('{"schemaVersion":1,"meta":{},"elements":{},"relations":{"r1":{"id":"r1","kind":"dataFlow","source":"a","target":"b"}}}') as { elements: Record<string, object>; relations: Record<string, object> });
    expect(Object.keys(read.relations.get('r1')!)).toEqual(['id', 'kind', 'source', 'target']);
  });
});
