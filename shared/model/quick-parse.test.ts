import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { dataFlowSchema, elementSchema, nodeLayoutSchema, simpleRelationSchema } from './schema';
import { everythingDocument } from '../../test/fixtures/interchange/documents';
import { makeVariedDocument } from '../../test/helpers/varied-model';
import { quickParser } from './quick-parse';

type Schema = Parameters<typeof quickParser>[0];

const ELEMENT_SCHEMAS = new Map<unknown, Schema>(elementSchema.options.map((o) => [o.shape.kind.value, o]));
const schemaOf = (row: { kind?: unknown }): Schema =>
  ELEMENT_SCHEMAS.get(row.kind) ?? (row.kind === 'dataFlow' ? dataFlowSchema : simpleRelationSchema);
const quick = new Map<Schema, ReturnType<typeof quickParser>>();
const quickOf = (schema: Schema) => quick.get(schema) ?? quick.set(schema, quickParser(schema)).get(schema)!;

/** Rows as a file holds them: JSON text parsed again. */
function rows(): { schema: Schema; value: unknown }[] {
  const docs = [everythingDocument(), makeVariedDocument(300, 7)];
  const out: { schema: Schema; value: unknown }[] = [];
  for (const doc of docs) {
    for (const item of [...doc.elements.values(), ...doc.relations.values()]) out.push({ schema: schemaOf(item), value: JSON.parse(JSON.stringify(item)) });
    for (const view of Object.values(doc.views)) for (const layout of Object.values(view.nodes)) out.push({ schema: nodeLayoutSchema, value: { ...layout } });
  }
  return out;
}

/** What zod gives, and what the quick parser gives when it answers: the same data with its keys in the same order. */
function expectSameAsZod(schema: Schema, value: unknown): boolean {
  const text = JSON.stringify(value);
  const got = quickOf(schema)(value);
  const zod = schema.safeParse(value);
  if (got !== undefined) {
    expect(zod.success, `zod refuses what the quick parser took: ${text}`).toBe(true);
    expect(JSON.stringify(got)).toBe(JSON.stringify(zod.data));
    expect(got).toEqual(zod.data);
  }
  expect(JSON.stringify(value), 'the value is left as it was').toBe(text);
  return got !== undefined;
}

const TRICKY: unknown[] = [
  undefined,
  null,
  0,
  -0,
  1,
  1.5,
  -1,
  100_000,
  100_001,
  1e21,
  Infinity,
  NaN,
  true,
  '',
  ' ',
  'a',
  ' padded ',
  'x'.repeat(200),
  'x'.repeat(201),
  'x'.repeat(300),
  'x'.repeat(301),
  'x'.repeat(501),
  '😀',
  '😀'.repeat(150),
  '😀'.repeat(200),
  '\ud800',
  '__proto__',
  'constructor',
  'toString',
  [],
  ['a'],
  [1, 2, 3, 4, 5, 6, 7],
  {},
  { name: 'x' },
  JSON.parse('{"__proto__": "x"}'),
  { constructor: 'x' },
];

/**
 * A copy of `value` with one member (found by following `path`) replaced, deleted or added, or an
 * object's members put in another order; as JSON again, the only input the parser is for (a row's
 * text parsed).
 */
function mutate(value: unknown, path: number[], replacement: unknown, op: 'set' | 'delete' | 'rename' | 'add'): unknown {
  const copy = JSON.parse(JSON.stringify(value)) as unknown;
  let target: unknown = copy;
  for (const step of path) {
    const keys = target && typeof target === 'object' ? Object.keys(target) : [];
    const next = keys.length ? (target as Record<string, unknown>)[keys[step % keys.length]] : undefined;
    if (!next || typeof next !== 'object') break;
    target = next;
  }
  if (!target || typeof target !== 'object') return copy;
  const record = target as Record<string, unknown>;
  const keys = Object.keys(record);
  const key = keys.length ? keys[path.length % keys.length] : 'extra';
  if (op === 'set') record[key] = replacement;
  else if (op === 'delete') delete record[key];
  else if (op === 'add') record[`extra${path.length}`] = replacement;
  else {
    // the same members in another order
    const entries = Object.entries(record).reverse();
    for (const k of keys) delete record[k];
    for (const [k, v] of entries) record[k] = v;
  }
  return JSON.parse(JSON.stringify(copy)) as unknown;
}

describe('quickParser', () => {
  it('answers for the rows of valid documents, with what zod gives', () => {
    const all = rows();
    const answered = all.filter(({ schema, value }) => expectSameAsZod(schema, value));
    // every kind is answered for: a row zod accepts falls to zod only in the corners it leaves there
    expect(new Set(answered.map((r) => (r.value as { kind?: string }).kind ?? 'layout')).size).toBe(new Set(all.map((r) => (r.value as { kind?: string }).kind ?? 'layout')).size);
    expect(answered.length).toBeGreaterThan(all.length * 0.9);
  });

  it('gives back a row whose keys are in the schema order as it is, and any other order copied into it', () => {
    const row = { id: 'rel_1', source: 'el_1', target: 'el_2', kind: 'uses' };
    expect(quickParser(simpleRelationSchema)(row)).toBe(row);
    const other = { id: 'rel_1', kind: 'uses', source: 'el_1', target: 'el_2' };
    const parsed = quickParser(simpleRelationSchema)(other);
    expect(parsed).not.toBe(other);
    expect(Object.keys(parsed!)).toEqual(Object.keys(simpleRelationSchema.parse(other)));
  });

  it('leaves to zod every row zod refuses or would change, whatever the mutation', () => {
    const all = rows();
    const seen = { answered: 0, refusedByZod: 0 };
    fc.assert(
      fc.property(
        fc.nat(all.length - 1),
        fc.array(fc.nat(20), { maxLength: 4 }),
        fc.constantFrom(...TRICKY),
        fc.constantFrom('set', 'delete', 'rename', 'add'),
        (index, path, replacement, op) => {
          const { schema, value } = all[index];
          const mutated = mutate(value, path, replacement, op as 'set');
          if (expectSameAsZod(schema, mutated)) seen.answered++;
          if (!schema.safeParse(mutated).success) seen.refusedByZod++;
        },
      ),
      { numRuns: 4000, seed: 18 },
    );
    // both sides were exercised: mutations the parser still answered for, and ones zod refuses
    expect(seen.answered).toBeGreaterThan(400);
    expect(seen.refusedByZod).toBeGreaterThan(400);
  });

  it('leaves to zod the numbers JSON can hold and zod refuses', () => {
    expectSameAsZod(nodeLayoutSchema, JSON.parse('{"x": 1e999, "y": 0}'));
    expect(quickParser(nodeLayoutSchema)(JSON.parse('{"x": 1e999, "y": 0}'))).toBeUndefined();
    expect(quickParser(nodeLayoutSchema)(JSON.parse('{"x": -0, "y": 0, "w": 0}'))).toBeUndefined();
  });

  it('never answers for values zod refuses outright', () => {
    for (const schema of [...ELEMENT_SCHEMAS.values(), dataFlowSchema, simpleRelationSchema, nodeLayoutSchema]) {
      for (const value of TRICKY) expect(quickOf(schema)(value)).toBeUndefined();
    }
  });
});

describe('quickParser on schemas the model does not use (yet)', () => {
  it('leaves to zod what it does not know: defaults, refinements, unions, transforms, a check that is not always run', () => {
    // a length check zod skips (its `when` says no): zod accepts the long string as it is
    const neverRunMax = z.string().max(1);
    (neverRunMax._zod.def.checks![0]._zod.def as { when?: () => boolean }).when = () => false;
    const cases: [Schema, unknown][] = [
      [z.object({ a: z.string().default('x').optional() }), {}],
      [z.object({ a: z.string().default('x') }), {}],
      [z.object({ a: z.string() }).refine((o) => o.a !== 'b'), { a: 'b' }],
      [z.object({ a: z.union([z.string(), z.number()]) }), { a: 1 }],
      [z.object({ a: z.string().transform((s) => s.toUpperCase()) }), { a: 'b' }],
      [z.object({ a: neverRunMax }), { a: 'long' }],
      [z.object({ a: z.number().multipleOf(2) }), { a: 3 }],
      [z.object({ a: z.string().length(2) }), { a: 'ab' }],
      [z.looseObject({ a: z.string() }), { a: 'b', c: 1 }],
    ];
    for (const [schema, value] of cases) {
      expect(quickParser(schema)(value)).toBeUndefined();
      expectSameAsZod(schema, value);
    }
  });

  it('answers for what it knows, with what zod gives', () => {
    const schema = z.object({ a: z.string().trim().min(1).max(5), n: z.number().int().min(0).optional(), tags: z.array(z.enum(['x', 'y'])).max(2).optional() });
    for (const value of [{ a: 'ab' }, { a: 'ab', n: 3, tags: ['x'] }, { tags: ['y'], a: 'abc' }, { a: 'ab', extra: 1 }]) {
      expect(expectSameAsZod(schema, value), JSON.stringify(value)).toBe(!('extra' in value));
    }
  });
});
