import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
// ajv 8 comes with the dev tool chain (electron-builder); used here to check the published schema
import Ajv2020 from 'ajv/dist/2020';
import { formatError } from '../i18n/errors';
import { pengambilanPekerjaExample } from '../samples/pengambilan-pekerja';
import { makeLargeDocument } from '../../test/helpers/factories';
import { toDocumentData } from '../model/wire';
import { findJsonSyntaxError, lakarJsonSchema, lakarJsonSchemaText, parseLakarJson, toLakarJson } from './json';

const SCHEMA_FILE = new URL('../../assets/schema/lakar.schema.json', import.meta.url);

const example = () => pengambilanPekerjaExample('2026-01-01T00:00:00.000Z');

function errorOf(text: string) {
  const r = parseLakarJson(text);
  if (r.ok) throw new Error('expected a failure');
  return r.error;
}

/** The example as a plain object, changed by `mutate`, back to text. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests poke arbitrary fields of parsed JSON
function mutated(mutate: (o: Record<string, any>) => void): string {
  const o = JSON.parse(toLakarJson(example()));
  mutate(o);
  return JSON.stringify(o, null, 2);
}

describe('toLakarJson / parseLakarJson', () => {
  it('round-trips the 001 §3.3.4 example and a large model', () => {
    for (const doc of [example(), makeLargeDocument(500)]) {
      const r = parseLakarJson(toLakarJson(doc));
      // the file lists elements and relations by id, so they come back in that order: compared as data, whose key order toEqual ignores
      expect(r.ok).toBe(true);
      expect(r.ok && toDocumentData(r.doc)).toEqual(toDocumentData(doc));
    }
  });

  it('writes the identifying header fields first, pretty-printed', () => {
    const text = toLakarJson(example());
    expect(text.split('\n').slice(0, 4)).toEqual(['{', '  "$schema": "urn:lakar:schema:lakar-json:2",', '  "format": "lakar",', '  "schemaVersion": 2,']);
    expect(text.endsWith('}\n')).toBe(true);
  });

  it('accepts a byte-order mark', () => {
    expect(parseLakarJson(`\uFEFF${toLakarJson(example())}`).ok).toBe(true);
  });

  it('names the line and column of a syntax error', () => {
    const text = toLakarJson(example()).replace('"format": "lakar",', '"format": "lakar"');
    const err = errorOf(text);
    expect(err).toEqual({ key: 'json.syntax', params: { line: 4, column: 3, near: '"schemaVersion": 2,' } });
    expect(formatError('ms', err.key, err.params)).toBe('JSON tidak sah pada baris 4, lajur 3 (berhampiran “"schemaVersion": 2,”).');
  });

  it('reports a truncated file as ending too early', () => {
    const text = toLakarJson(example());
    const err = errorOf(text.slice(0, 200));
    expect(err.key).toBe('json.unexpectedEnd');
    expect(err.params.line).toBe(text.slice(0, 200).split('\n').length);
  });

  it('refuses JSON that is not a Lakar document', () => {
    expect(errorOf('[1, 2]').key).toBe('json.notLakar');
    expect(errorOf('{"elements": {}}').key).toBe('json.notLakar');
  });

  it('opens a file written before schema version 2 and migrates its cost to the cost table', () => {
    const text = fs.readFileSync(new URL('../../test/fixtures/schema-v1/contoh-v1.lakar.json', import.meta.url), 'utf8');
    expect(JSON.parse(text).schemaVersion).toBe(1);
    const r = parseLakarJson(text);
    if (!r.ok) throw new Error(JSON.stringify(r.error));
    expect(r.doc.schemaVersion).toBe(2);
    expect(r.doc.meta.costs).toEqual([{ component: 'Anggaran kos keseluruhan', amount: 5_000_000 }]);
    expect(r.doc.elements.ids()).toEqual(Object.keys(JSON.parse(text).elements));
  });

  it('refuses a document from a newer schema', () => {
    expect(errorOf(mutated((o) => (o.schemaVersion = 99)))).toEqual({ key: 'json.tooNew', params: { version: 99, supported: 2 } });
  });

  it('names the path of the first wrong field', () => {
    const err = errorOf(mutated((o) => (o.elements.tg_g2c.lifecycle = 'G2X')));
    expect(err.key).toBe('json.invalidField');
    expect(err.params.path).toBe('elements.tg_g2c.lifecycle');
    expect(formatError('en', err.key, err.params)).toMatch(/^Invalid field at elements\.tg_g2c\.lifecycle: /);
  });

  it('names the wrong field inside a data flow rather than the union', () => {
    const flowId = example().relations.values().find((r) => r.kind === 'dataFlow')!.id;
    const err = errorOf(mutated((o) => (o.relations[flowId].method = 'fax')));
    expect(err.params.path).toBe(`relations.${flowId}.method`);
  });

  it('names nested array positions and odd keys', () => {
    const err = errorOf(
      mutated((o) => {
        o.elements['el x'] = { id: 'el x', kind: 'dataEntity', name: 'D', fields: [{ name: 'a' }, { name: '' }] };
      }),
    );
    expect(err.params.path).toBe('elements["el x"].fields[1].name');
  });

  it('refuses a relation to a missing element and a node of a missing element', () => {
    const relId = example().relations.ids()[0];
    expect(errorOf(mutated((o) => (o.relations[relId].target = 'el_hilang')))).toEqual({
      key: 'json.danglingRelation',
      params: { path: `relations.${relId}.target`, id: 'el_hilang' },
    });
    const viewId = Object.keys(example().views)[0];
    expect(errorOf(mutated((o) => (o.views[viewId].nodes.el_hilang = { x: 0, y: 0 }))).key).toBe('json.unknownNode');
  });

  it('refuses an id that differs from its key', () => {
    expect(errorOf(mutated((o) => (o.elements.tg_g2c.id = 'lain')))).toEqual({ key: 'json.idMismatch', params: { path: 'elements.tg_g2c.id', id: 'lain' } });
  });
});

describe('findJsonSyntaxError', () => {
  it('accepts valid JSON of every shape', () => {
    for (const ok of ['{}', '[]', '[1,-2.5e3,"a\\u00e9\\n",true,false,null,{"a":[{}]}]', ' "x" ', '0']) expect(findJsonSyntaxError(ok)).toBeNull();
  });

  it('finds the first bad character', () => {
    expect(findJsonSyntaxError('{"a":1,}')).toBe(7);
    expect(findJsonSyntaxError('[1 2]')).toBe(3);
    expect(findJsonSyntaxError('{"a" 1}')).toBe(5);
    expect(findJsonSyntaxError('{"a":tru}')).toBe(8);
    expect(findJsonSyntaxError('{"a":01}')).toBe(6);
    expect(findJsonSyntaxError('{} x')).toBe(3);
    expect(findJsonSyntaxError('"abc')).toBe(4);
  });

  it('handles very deep nesting without overflowing the stack', () => {
    expect(findJsonSyntaxError(`${'['.repeat(200_000)}${']'.repeat(200_000)}`)).toBeNull();
  });
});

describe('lakar.schema.json', () => {
  it('is up to date with the zod schema (run: npx tsx scripts/gen-json-schema.ts)', () => {
    expect(fs.readFileSync(SCHEMA_FILE, 'utf8')).toBe(lakarJsonSchemaText());
  });

  it('accepts what Lakar writes and rejects a wrong field', () => {
    const validate = new Ajv2020({ strict: false }).compile(lakarJsonSchema());
    expect(validate(JSON.parse(toLakarJson(example())))).toBe(true);
    expect(validate(JSON.parse(toLakarJson(makeLargeDocument(50))))).toBe(true);
    expect(validate(JSON.parse(mutated((o) => (o.elements.tg_g2c.lifecycle = 'G2X'))))).toBe(false);
    expect(validate(JSON.parse(mutated((o) => delete o.format)))).toBe(false);
  });
});
