import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS } from '../../../test/fixtures/interchange/xmllint';
import { documentSchema } from '../../model/schema';
import { InterchangeError } from './errors';
import { fromOef, toOef } from './index';

const FIXTURES = join(CORPUS, '..');

/** Deterministic pseudo-random numbers (the same mutations on every run). */
function rng(seed: number) {
  let s = seed >>> 0;
  return (n: number) => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s % n;
  };
}

type Mutation = (bytes: Uint8Array, r: (n: number) => number) => Uint8Array;

const truncate: Mutation = (b, r) => b.slice(0, r(b.length));
const flipBytes: Mutation = (b, r) => {
  const out = b.slice();
  for (let i = 0, n = 1 + r(8); i < n; i++) out[r(out.length)] = r(256);
  return out;
};
/** Remove one tag (`<…>`), keeping the rest: unbalanced elements, lost attributes. */
const dropTag: Mutation = (b, r) => {
  const text = new TextDecoder('latin1').decode(b);
  const tags = [...text.matchAll(/<[^>]*>/g)];
  const t = tags[r(tags.length)];
  const out = text.slice(0, t.index) + text.slice(t.index! + t[0].length);
  return Uint8Array.from(out, (c) => c.charCodeAt(0) & 0xff);
};
/** Duplicate one tag: duplicate ids, doubled containers. */
const duplicateTag: Mutation = (b, r) => {
  const text = new TextDecoder('latin1').decode(b);
  const tags = [...text.matchAll(/<[^/?!][^>]*\/>/g)];
  if (tags.length === 0) return b;
  const t = tags[r(tags.length)];
  const out = text.slice(0, t.index) + t[0] + text.slice(t.index);
  return Uint8Array.from(out, (c) => c.charCodeAt(0) & 0xff);
};
/** Replace an attribute value with junk (numbers where names go, empty ids…). */
const junkAttribute: Mutation = (b, r) => {
  const text = new TextDecoder('latin1').decode(b);
  const attrs = [...text.matchAll(/="[^"]*"/g)];
  const a = attrs[r(attrs.length)];
  const junk = ['""', '"-1"', '"1e999"', '"NaN"', '"x y"', '"&amp;"', '"BusinessActor"', '"id-1"'][r(8)];
  const out = text.slice(0, a.index! + 1) + junk + text.slice(a.index! + a[0].length);
  return Uint8Array.from(out, (c) => c.charCodeAt(0) & 0xff);
};

const MUTATIONS: Record<string, Mutation> = { truncate, flipBytes, dropTag, duplicateTag, junkAttribute };

/** Import must give a valid document or an InterchangeError; anything else is a bug. */
async function importsCleanly(bytes: Uint8Array): Promise<'ok' | 'error'> {
  try {
    const { doc } = await fromOef(bytes, { fileName: 'fuzz.xml', now: '2026-01-01T00:00:00.000Z' });
    const parsed = documentSchema.safeParse(doc);
    if (!parsed.success) throw new Error(`invalid document: ${parsed.error.message}`);
    toOef(doc); // and it can be written back
    return 'ok';
  } catch (e) {
    if (e instanceof InterchangeError) return 'error';
    throw e;
  }
}

describe('fromOef on mutated files (fuzz)', () => {
  const files = [
    { path: join(CORPUS, 'sample1.xml'), rounds: 40 },
    { path: join(CORPUS, 'archi-5.0.2-export.xml'), rounds: 25 },
    { path: join(CORPUS, 'archisurance.xml'), rounds: 12 },
    { path: join(FIXTURES, 'every-type.xml'), rounds: 40 },
    { path: join(FIXTURES, 'sparx-ea-windows-1252.xml'), rounds: 30 },
    { path: join(FIXTURES, 'visual-paradigm.xml'), rounds: 30 },
  ];
  for (const [name, mutate] of Object.entries(MUTATIONS)) {
    it(`gives a valid document or a clean error for files after ${name}`, async () => {
      const outcomes = { ok: 0, error: 0 };
      for (const [fi, f] of files.entries()) {
        const original = new Uint8Array(readFileSync(f.path));
        const r = rng(fi * 7919 + name.length);
        for (let i = 0; i < f.rounds; i++) {
          const mutated = mutate(original, r);
          outcomes[await importsCleanly(mutated)]++;
        }
      }
      // every mutated file was judged (importsCleanly rethrows anything unexpected), and the
      // mutations do break files: some were refused with a message
      expect(outcomes.ok + outcomes.error).toBe(files.reduce((n, f) => n + f.rounds, 0));
      expect(outcomes.error).toBeGreaterThan(0);
    });
  }
});
