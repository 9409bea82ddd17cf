/**
 * Issue 13: inputs beyond the documented limits (shared/model/limits.ts: file size, elements,
 * relations, views) are refused before the heavy work, with a message naming the limit, on every
 * import path. (A `.lakar` beyond them: electron/store/hostile-files.test.ts.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../cli/main';
import type { CliIo } from '../../cli/context';
import { formatError } from '../../shared/i18n/errors';
import { parseLakarJson } from '../../shared/interchange/json';
import { archimateToLakar } from '../../shared/interchange/oef/to-lakar';
import type { AmModel } from '../../shared/interchange/oef/model';
import { exceededLimit, LIMITS } from '../../shared/model';

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lakar-limits-'));
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('documented limits', () => {
  it('name the first limit passed', () => {
    expect(exceededLimit({ elements: LIMITS.elements, relations: LIMITS.relations })).toBeNull();
    expect(exceededLimit({ elements: 1, relations: LIMITS.relations + 1 })).toEqual({ limit: 'relations', count: LIMITS.relations + 1, max: LIMITS.relations });
  });

  it('refuse a .lakar.json with too many elements before validating any of them', () => {
    const elements = Array.from({ length: LIMITS.elements + 1 }, (_, i) => `"e${i}":{}`).join(',');
    const text = `{"format":"lakar","schemaVersion":1,"meta":{"title":""},"elements":{${elements}},"relations":{},"views":{}}`;
    const result = parseLakarJson(text, { fileName: 'besar.lakar.json' });
    expect(result).toEqual({ ok: false, error: { key: 'limit.elements', params: { file: 'besar.lakar.json', count: LIMITS.elements + 1, max: LIMITS.elements } } });
    if (!result.ok) expect(formatError('ms', result.error.key, result.error.params)).toBe(`Fail “besar.lakar.json” mempunyai ${LIMITS.elements + 1} elemen; Lakar membaca sehingga ${LIMITS.elements} elemen bagi satu projek. Tiada apa-apa dibaca atau ditulis.`);
  });

  it('refuse an ArchiMate model (OEF or Archi CSV) with too many relationships before mapping it', async () => {
    const model: AmModel = {
      id: 'm',
      names: [],
      docs: [],
      properties: [],
      elements: [],
      relationships: Array.from({ length: LIMITS.relations + 1 }, (_, i) => ({ id: `r${i}`, type: 'Association', names: [], docs: [], properties: [], source: 'a', target: 'b' })),
      views: [],
    };
    await expect(archimateToLakar(model, { fileName: 'model.xml' })).rejects.toMatchObject({ key: 'limit.relations', params: { file: 'model.xml', count: LIMITS.relations + 1 } });
  });

  it('refuse an input file larger than the limit in the CLI without reading it', async () => {
    const file = path.join(dir, 'raksasa.xml');
    fs.writeFileSync(file, '<?xml version="1.0"?>\n<model xmlns="http://www.opengroup.org/xsd/archimate/3.0/">');
    fs.truncateSync(file, LIMITS.inputBytes + 1); // sparse: nothing is really written
    let stderr = '';
    const io: CliIo = { stdout: () => undefined, stderr: (s) => void (stderr += s), env: {}, cwd: dir };
    expect(await main(['import', 'raksasa.xml', '-o', 'x.lakar', '--lang', 'en'], io)).toBe(2);
    expect(stderr).toBe(`Error: File “raksasa.xml” is ${LIMITS.inputBytes / 1048576 + 1} MB; Lakar reads files of up to ${LIMITS.inputBytes / 1048576} MB. Nothing was read or written.\n`);
    expect(fs.readdirSync(dir)).toEqual(['raksasa.xml']);
  });
});
