import { describe, expect, it } from 'vitest';
import { InterchangeError } from './errors';
import { fromOef } from './index';
import { decodeBytes } from './text';

const OEF = 'http://www.opengroup.org/xsd/archimate/3.0/';
const XSI = 'http://www.w3.org/2001/XMLSchema-instance';

/** The `{ key, params }` an import fails with (fails the test when it succeeds or throws anything else). */
async function failure(input: string | Uint8Array, options: Parameters<typeof fromOef>[1] = {}) {
  try {
    await fromOef(input, { fileName: 'model.xml', ...options });
  } catch (e) {
    expect(e).toBeInstanceOf(InterchangeError);
    return (e as InterchangeError).toPayload();
  }
  throw new Error('import unexpectedly succeeded');
}

function model(body: string, ns = OEF): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<model xmlns="${ns}" xmlns:xsi="${XSI}" identifier="m">\n  <name>M</name>\n${body}\n</model>\n`;
}

describe('fromOef on bad input', () => {
  it('names the namespace when the root is in another namespace', async () => {
    expect(await failure(model('', 'http://example.org/not-archimate'))).toEqual({
      key: 'interchange:error.wrongNamespace',
      params: { file: 'model.xml', namespace: 'http://example.org/not-archimate', expected: OEF },
    });
  });

  it('says the file is OEF 2.x when it uses the 2.x namespace', async () => {
    expect((await failure(model('', 'http://www.opengroup.org/xsd/archimate'))).key).toBe('interchange:error.oefVersion2');
    expect((await failure(model('', 'http://www.opengroup.org/xsd/archimate/2.1/'))).key).toBe('interchange:error.oefVersion2');
  });

  it('gives line and column of broken XML', async () => {
    const broken = model('  <elements>\n    <element identifier="a" xsi:type="BusinessActor"><name>A</name>\n  </elements>');
    const err = await failure(broken);
    expect(err.key).toBe('interchange:error.xml.mismatch');
    expect(err.params).toMatchObject({ file: 'model.xml', line: 6, expected: 'element', found: 'elements', openLine: 5 });
  });

  it('refuses DOCTYPE and entity declarations (no entity expansion attacks)', async () => {
    const bomb = `<?xml version="1.0"?>\n<!DOCTYPE model [<!ENTITY a "aaaaaaaaaa"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>\n<model xmlns="${OEF}" identifier="m"><name>&b;</name></model>`;
    expect((await failure(bomb)).key).toBe('interchange:error.doctype');
  });

  it('recognises an Archi .archimate file and says how to export OEF from Archi', async () => {
    const archi = '<?xml version="1.0" encoding="UTF-8"?>\n<archimate:model xmlns:archimate="http://www.archimatetool.com/archimate" name="x" id="1" version="5.0.0"></archimate:model>';
    expect((await failure(archi)).key).toBe('interchange:error.archiNative');
  });

  it('says a file is not XML, or is empty', async () => {
    expect((await failure('%PDF-1.7 binary'))).toEqual({ key: 'interchange:error.notXml', params: { file: 'model.xml' } });
    expect((await failure('  \n'))).toEqual({ key: 'interchange:error.empty', params: { file: 'model.xml' } });
    expect((await failure('<html><body>hi</body></html>')).key).toBe('interchange:error.notOef');
  });

  it('names a relationship pointing at an element that is not in the file', async () => {
    const xml = model('  <elements><element identifier="a" xsi:type="BusinessActor"><name>A</name></element></elements>\n  <relationships><relationship identifier="r1" source="a" target="ghost" xsi:type="Association" /></relationships>');
    expect(await failure(xml)).toEqual({ key: 'interchange:error.danglingRef', params: { id: 'r1', ref: 'ghost' } });
  });

  it('names an identifier used twice and an element without identifier', async () => {
    const dup = model('  <elements><element identifier="a" xsi:type="BusinessActor"><name>A</name></element><element identifier="a" xsi:type="BusinessRole"><name>B</name></element></elements>');
    expect(await failure(dup)).toEqual({ key: 'interchange:error.duplicateId', params: { id: 'a' } });
    const elements = '  <elements><element identifier="a" xsi:type="BusinessActor"><name>A</name></element><element identifier="b" xsi:type="BusinessRole"><name>B</name></element></elements>\n';
    const relationAsElement = model(`${elements}  <relationships><relationship identifier="b" source="a" target="b" xsi:type="Association" /></relationships>`);
    expect(await failure(relationAsElement)).toEqual({ key: 'interchange:error.duplicateId', params: { id: 'b' } });
    const relationTwice = model(`${elements}  <relationships><relationship identifier="r" source="a" target="b" xsi:type="Association" /><relationship identifier="r" source="b" target="a" xsi:type="Association" /></relationships>`);
    expect(await failure(relationTwice)).toEqual({ key: 'interchange:error.duplicateId', params: { id: 'r' } });
    const noId = model('  <elements><element xsi:type="BusinessActor"><name>A</name></element></elements>');
    expect(await failure(noId)).toEqual({ key: 'interchange:error.missingAttribute', params: { file: 'model.xml', tag: 'element', attribute: 'identifier', index: 1 } });
  });

  it('refuses files over the size limit before reading them', async () => {
    const big = new TextEncoder().encode(model(`  <documentation>${'x'.repeat(3 * 1024 * 1024)}</documentation>`));
    expect(await failure(big, { maxBytes: 2 * 1024 * 1024 })).toEqual({ key: 'interchange:error.tooLarge', params: { file: 'model.xml', sizeMb: 4, limitMb: 2 } });
  });

  it('stops with error.cancelled when the caller aborts', async () => {
    const signal = { aborted: true };
    expect((await failure(model(''), { signal })).key).toBe('interchange:error.cancelled');
  });

  it('reads folders nested 20,000 deep without running out of stack or memory (kept to 32 levels)', async () => {
    const depth = 20_000;
    const orgs = `<organizations>${'<item><label>F</label>'.repeat(depth)}<item identifierRef="e"/>${'</item>'.repeat(depth)}</organizations>`;
    const { doc } = await fromOef(model(`  <elements><element identifier="e" xsi:type="BusinessService"><name>S</name></element></elements>\n${orgs}`));
    expect(JSON.parse(doc.elements.get('e')!.properties?.['archimate:folder'] ?? '[]')).toHaveLength(32);
  });

  it('keeps unknown element types as unplaced with a warning instead of failing', async () => {
    const { unplaced, warnings } = await fromOef(model('  <elements><element identifier="x" xsi:type="SmartThing"><name>X</name></element></elements>'));
    expect(unplaced).toEqual([{ id: 'x', type: 'SmartThing', name: 'X' }]);
    expect(warnings).toContainEqual({ key: 'warning.unknownType', params: { id: 'x', type: 'SmartThing' } });
  });
});

describe('decodeBytes', () => {
  it('reads UTF-8 with and without BOM, UTF-16 with BOM, and windows-1252 when declared or not UTF-8', () => {
    const utf8 = new TextEncoder().encode('<a>Café ‘x’</a>');
    expect(decodeBytes(utf8, 'xml').text).toBe('<a>Café ‘x’</a>');
    expect(decodeBytes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8]), 'xml').text).toBe('<a>Café ‘x’</a>');
    const utf16 = new Uint8Array([0xff, 0xfe, 0x3c, 0, 0x61, 0, 0x3e, 0]);
    expect(decodeBytes(utf16, 'xml').text).toBe('<a>');
    const cp1252 = new Uint8Array([0x43, 0x61, 0x66, 0xe9, 0x20, 0x91, 0x78, 0x92, 0x20, 0x96, 0x20, 0x80]);
    const undeclared = decodeBytes(cp1252, 'csv', 'a.csv');
    expect(undeclared.text).toBe('Café ‘x’ – €');
    expect(undeclared.warnings).toEqual([{ key: 'warning.notUtf8', params: { file: 'a.csv' } }]);
    const declared = decodeBytes(new Uint8Array([...new TextEncoder().encode('<?xml version="1.0" encoding="windows-1252"?><a>'), 0xe9]), 'xml');
    expect(declared).toMatchObject({ encoding: 'windows-1252', warnings: [] });
    expect(declared.text.endsWith('<a>é')).toBe(true);
  });

  it('names an encoding it cannot read', () => {
    expect(() => decodeBytes(new TextEncoder().encode('<?xml version="1.0" encoding="EBCDIC-CP-US"?><a/>'), 'xml', 'f.xml')).toThrow(
      expect.objectContaining({ key: 'interchange:error.encoding', params: { file: 'f.xml', encoding: 'ebcdic-cp-us' } }),
    );
  });
});
